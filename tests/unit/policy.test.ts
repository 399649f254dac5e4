import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POLICY_KEYS, isTrackOffered, orgContactOf, planPolicyWorkspaces, policyWorkspaceId, readPolicy } from '@/utils/policy';
import { ID_MAX, ID_PATTERN } from '@/utils/formats';
import { metaKey } from '@/utils/progress/keys';
import { TRACK_IDS } from '@/utils/tracks/schema';

const GOOD = {
  organizationName: 'Sunny Care Group',
  helpContact: { name: 'Dana Reyes, IT help', email: 'help@sunnycare.example', phone: '(555) 010-0199' },
  workspaces: ['Sunny Acres SNF', 'Maple Court'],
  defaultTrack: 'staff',
  hiddenTracks: ['vendor'],
  allowNotes: false,
  remindersDefault: true,
};

describe('organisation policy', () => {
  it('reads a complete, well-shaped policy as it is', () => {
    expect(readPolicy(GOOD)).toEqual({ policy: GOOD, ignored: [], unknown: [] });
  });

  it('reads nothing from no policy, or from anything that is not an object', () => {
    for (const raw of [undefined, null, {}, [], 'x', 42, true]) expect(readPolicy(raw)).toEqual({ policy: {}, ignored: [], unknown: [] });
  });

  it('ignores each wrong-shaped value on its own, naming it, and keeps the rest', () => {
    const { policy, ignored } = readPolicy({
      ...GOOD,
      organizationName: 42,
      helpContact: { email: 'not an email' },
      workspaces: ['ok', ''],
      defaultTrack: 'boss',
      allowNotes: 'no',
    });
    expect(ignored.sort()).toEqual(['allowNotes', 'defaultTrack', 'helpContact', 'organizationName', 'workspaces']);
    expect(policy).toEqual({ hiddenTracks: ['vendor'], remindersDefault: true });
  });

  it('trims text, refuses over-long text and unknown keys do nothing', () => {
    const { policy, ignored } = readPolicy({ organizationName: '  Sunny  ', surprise: 1, helpContact: { name: 'x'.repeat(121) } });
    expect(policy).toEqual({ organizationName: 'Sunny' });
    expect(ignored).toEqual(['helpContact']);
  });

  it('names the keys it does not know (a typo in Firefox policies.json, which no schema checks), nested ones too', () => {
    const { policy, ignored, unknown } = readPolicy({ orgName: 'Sunny', allowNotes: false, helpContact: { name: 'Dana', mail: 'x@y.example' }, constructor: 1 });
    expect(unknown).toEqual(['orgName', 'constructor', 'helpContact.mail']);
    expect(ignored).toEqual([]);
    expect(policy).toEqual({ allowNotes: false, helpContact: { name: 'Dana' } });
  });

  it('never hides every track, and drops a default track it hides', () => {
    expect(readPolicy({ hiddenTracks: [...TRACK_IDS] })).toEqual({ policy: {}, ignored: ['hiddenTracks'], unknown: [] });
    expect(readPolicy({ hiddenTracks: ['staff'], defaultTrack: 'staff' })).toEqual({ policy: { hiddenTracks: ['staff'] }, ignored: ['defaultTrack'], unknown: [] });
    const { policy } = readPolicy({ hiddenTracks: ['vendor'] });
    expect(isTrackOffered(policy, 'vendor')).toBe(false);
    expect(isTrackOffered(policy, 'staff')).toBe(true);
  });

  it('offers an organisation contact only when there is something to show', () => {
    expect(orgContactOf({})).toBeNull();
    expect(orgContactOf({ helpContact: {} })).toBeNull();
    expect(orgContactOf({ organizationName: 'Sunny' })).toEqual({ organizationName: 'Sunny', contact: undefined });
    expect(orgContactOf({ helpContact: { phone: '555 0100' } })).toEqual({ organizationName: undefined, contact: { phone: '555 0100' } });
  });

  it('gives each facility name one stable, valid workspace id', () => {
    for (const name of ['Sunny Acres SNF', 'Élan Care — North', '###', 'A'.repeat(60)]) {
      const id = policyWorkspaceId(name);
      expect(id).toMatch(ID_PATTERN);
      expect(policyWorkspaceId(name)).toBe(id);
    }
    expect(policyWorkspaceId('Sunny Acres SNF')).toBe('org-sunny-acres-snf');
  });

  it('gives names with no Latin letters distinct, stable, valid ids', () => {
    const names = ['北院', '南院', 'Пансионат', 'Пансионат 2', 'דרום', '###', '@@@'];
    const ids = names.map(policyWorkspaceId);
    expect(new Set(ids).size).toBe(names.length);
    for (const [i, id] of ids.entries()) {
      expect(id).toMatch(ID_PATTERN);
      expect(id.length).toBeLessThanOrEqual(ID_MAX);
      expect(policyWorkspaceId(names[i]!)).toBe(id);
    }
    expect(planPolicyWorkspaces(names, {}).set).toEqual(Object.fromEntries(names.map((name, i) => [metaKey(ids[i]!), { name }])));
  });

  it('creates every name whose simple id another name of the policy already has', () => {
    const names = ['Maple Court', 'Maple-Court', 'maple court!', 'A'.repeat(60), `${'A'.repeat(60)}B`];
    const { set, notCreated } = planPolicyWorkspaces(names, {});
    expect(Object.values(set).map((v) => v.name)).toEqual(names);
    expect(notCreated).toEqual([]);
    for (const key of Object.keys(set)) expect(key.slice(3, -5)).toMatch(ID_PATTERN);
    // The same list gives the same ids again, and once created nothing is planned.
    expect(planPolicyWorkspaces(names, {}).set).toEqual(set);
    expect(planPolicyWorkspaces(names, set)).toEqual({ set: {}, notCreated: [] });
  });

  it('plans only the facility workspaces that are missing, by name, never renames, and says which it cannot create', () => {
    const stored = {
      [metaKey('default')]: { name: 'My progress' },
      [metaKey('sunny-x1y2')]: { name: 'sunny acres snf' }, // made by hand earlier, same facility
      [metaKey('org-old')]: { name: 'Old name kept' }, // its place is taken by a workspace of another name
    };
    expect(planPolicyWorkspaces(['Sunny Acres SNF', 'Maple Court', 'Maple Court', 'Old'], stored)).toEqual({
      set: { [metaKey('org-maple-court')]: { name: 'Maple Court' } },
      notCreated: ['Old'],
    });
    expect(planPolicyWorkspaces([], stored)).toEqual({ set: {}, notCreated: [] });
  });

  it('the manifest schema Chrome checks names exactly the keys and tracks the panel reads', () => {
    const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8'));
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
    expect(schema.properties.defaultTrack.enum).toEqual([...TRACK_IDS]);
    expect(schema.properties.hiddenTracks.items.enum).toEqual([...TRACK_IDS]);
  });
});
