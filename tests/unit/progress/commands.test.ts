import { describe, expect, it } from 'vitest';
import { chooserDismissed, commands } from '@/utils/progress/commands';
import { NAME_MAX, NOTE_MAX } from '@/utils/progress/schema';
import { workspaceWith } from '../support/workspaces';

const TODAY = '2026-11-25';

describe('commands: each action is one storage key and its value', () => {
  it('ticks with today, keeps the first date on a re-tick, and unticks by removing the key', () => {
    const w = workspaceWith([['harp-profile', 'legal-name']], [], '2026-11-20');
    expect(commands.tick('default', w, 'harp-profile', 'home-address', true, TODAY)).toEqual({ key: 'ws:default:tick:harp-profile:home-address', value: { at: TODAY } });
    expect(commands.tick('default', w, 'harp-profile', 'legal-name', true, TODAY)).toEqual({ key: 'ws:default:tick:harp-profile:legal-name', value: { at: '2026-11-20' } });
    expect(commands.tick('default', w, 'harp-profile', 'legal-name', false, TODAY)).toEqual({ key: 'ws:default:tick:harp-profile:legal-name', value: null });
  });

  it('marks a step finished today, or clears it', () => {
    expect(commands.markDone('sunny-k3z9', 'prepare', true, TODAY)).toEqual({ key: 'ws:sunny-k3z9:step:prepare', value: { done: TODAY } });
    expect(commands.markDone('sunny-k3z9', 'prepare', false, TODAY)).toEqual({ key: 'ws:sunny-k3z9:step:prepare', value: null });
  });

  it('keeps a note up to its limit and removes a blank one', () => {
    expect(commands.note('default', 'prepare', 'x'.repeat(NOTE_MAX + 5))?.value).toEqual({ text: 'x'.repeat(NOTE_MAX) });
    expect(commands.note('default', 'prepare', '   ')).toEqual({ key: 'ws:default:note:prepare', value: null });
  });

  it('writes milestones, the track, the active workspace, names and "Not now" under their own keys', () => {
    expect(commands.milestone('default', 'role-requested', '2026-11-20')).toEqual({ key: 'ws:default:milestone:role-requested', value: { at: '2026-11-20' } });
    expect(commands.milestone('default', 'role-requested', null)?.value).toBeNull();
    expect(commands.track('default', 'staff')).toEqual({ key: 'ws:default:track', value: { id: 'staff' } });
    expect(commands.track('default', null)?.value).toBeNull();
    expect(commands.switchTo('oak-9x2b')).toEqual({ key: 'settings.activeWorkspace', value: 'oak-9x2b' });
    expect(commands.rename('oak-9x2b', `  ${'n'.repeat(NAME_MAX + 3)} `)).toEqual({ key: 'ws:oak-9x2b:meta', value: { name: 'n'.repeat(NAME_MAX) } });
    const dismiss = commands.dismissChooser();
    expect(chooserDismissed({ [dismiss.key]: dismiss.value })).toBe(true);
    expect(chooserDismissed({ [dismiss.key]: 'yes' })).toBe(false);
    expect(chooserDismissed({})).toBe(false);
  });
});
