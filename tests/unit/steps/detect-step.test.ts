import { describe, expect, it } from 'vitest';
import type { PageSnapshot } from '@/utils/steps/detect-step';
import { detectStep } from '@/utils/steps/detect-step';
import { RULES } from '@/utils/steps/rules';

function snap(partial: Partial<PageSnapshot>): PageSnapshot {
  return { host: 'harp.cms.gov', path: '/', hash: '', title: '', headings: [], current: [], labels: [], buttons: [], ...partial };
}

describe('detectStep', () => {
  it('recognises HARP profile information by heading', () => {
    expect(detectStep(snap({ headings: ['HARP', 'Profile Information'] }), RULES).step).toBe('harp-profile');
  });

  it('recognises HARP profile information by its known route alone', () => {
    expect(detectStep(snap({ path: '/register/profile-info' }), RULES).step).toBe('harp-profile');
  });

  it('recognises account information with labels', () => {
    const d = detectStep(snap({ headings: ['Account Information'], labels: ['User ID', 'Password', 'Confirm Password'] }), RULES);
    expect(d.step).toBe('harp-account');
  });

  it('tolerates case, hyphens and extra whitespace', () => {
    expect(detectStep(snap({ headings: ['  TWO   FACTOR\u00a0authentication '] }), RULES).step).toBe('harp-two-factor');
  });

  it('recognises iQIES steps only on the iQIES host', () => {
    expect(detectStep(snap({ host: 'iqies.cms.gov', headings: ['Welcome to iQIES'] }), RULES).step).toBe('iqies-welcome');
    expect(detectStep(snap({ host: 'harp.cms.gov', headings: ['Welcome to iQIES'] }), RULES).step).toBeNull();
    expect(detectStep(snap({ host: 'iqies.cms.gov', headings: ['Select a User Role'] }), RULES).step).toBe('iqies-user-role');
  });

  it('matches hash routes like paths', () => {
    expect(detectStep(snap({ path: '/', hash: '#/register/profile-info' }), RULES).step).toBe('harp-profile');
  });

  it('reports the site but no step for an unknown page on a guided host', () => {
    expect(detectStep(snap({ headings: ['HARP Help'], labels: ['Search'] }), RULES)).toMatchObject({ site: 'harp', step: null });
  });

  it('never claims a step on other hosts', () => {
    const d = detectStep(snap({ host: 'example.com', headings: ['Profile Information'] }), RULES);
    expect(d).toMatchObject({ site: null, step: null });
  });

  it('does not guess between two equally strong steps', () => {
    const d = detectStep(snap({ headings: ['Profile Information', 'Account Information'] }), RULES);
    expect(d.step).toBeNull();
    expect(d.score - d.runnerUp).toBeLessThan(2);
  });

  it('needs more than supporting labels to claim a step', () => {
    expect(detectStep(snap({ labels: ['First Name', 'Last Name'] }), RULES).step).toBeNull();
  });

  it('does not treat a host look-alike as HARP', () => {
    expect(detectStep(snap({ host: 'harp.cms.gov.evil.example', headings: ['Profile Information'] }), RULES).site).toBeNull();
  });

  it('does not take a FAQ question for the step it mentions', () => {
    expect(detectStep(snap({ headings: ['How do I set up Two-Factor Authentication?'] }), RULES).step).toBeNull();
    expect(detectStep(snap({ headings: ['HARP', 'Two-Factor Authentication'] }), RULES).step).toBe('harp-two-factor');
  });

  it('needs a heading to name the step, not bury it in a long sentence', () => {
    const long = 'Before you start you may want to read about Two-Factor Authentication options';
    expect(detectStep(snap({ headings: [long] }), RULES).step).toBeNull();
    expect(detectStep(snap({ headings: ['Step 2 of 4: Account Information'] }), RULES).step).toBe('harp-account');
  });

  it('lets the current progress item decide when every step is listed', () => {
    const all = ['Profile Information', 'Account Information', 'Remote Proofing', 'Confirmation'];
    expect(detectStep(snap({ headings: all }), RULES).step).toBeNull();
    expect(detectStep(snap({ headings: all, current: ['Account Information'] }), RULES).step).toBe('harp-account');
  });

  it('says unknown on help, contact and terms pages, even when they name steps', () => {
    expect(detectStep(snap({ path: '/login/help', headings: ['Two-Factor Authentication'] }), RULES).step).toBeNull();
    expect(detectStep(snap({ path: '/help/2fa', headings: ['About Two-Factor Authentication'] }), RULES).step).toBeNull();
    expect(detectStep(snap({ headings: ['Terms of Use', 'Account Information'] }), RULES).step).toBeNull();
  });

  it('folds articles, so "Select the User Role" is "Select a User Role"', () => {
    expect(detectStep(snap({ host: 'iqies.cms.gov', headings: ['SELECT THE USER ROLE'] }), RULES).step).toBe('iqies-user-role');
  });

  it('ignores the site name around a step name', () => {
    expect(detectStep(snap({ host: 'iqies.cms.gov', headings: ['Log in to iQIES with your HARP account'] }), RULES).step).toBe('iqies-sign-in');
  });
});
