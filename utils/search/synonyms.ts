import { words } from './words';

/**
 * People describe a problem in their own words, the guide in CMS's. Each line is one meaning: the ways users and
 * the guide say it (words or short phrases, read like any text, so "locked" and "lock" need no separate entry).
 * A word may carry more than one meaning ("gone": a PSO who left, roles that vanished).
 */
const GROUPS: readonly string[] = [
  'code, security code, verification code, one time code, passcode, 2fa, two factor, two step, mfa, multi factor, authenticator, text message, sms, otp',
  'phone, mobile, cell, cellphone, smartphone, device',
  'locked, locked out, lockout, blocked, disabled, suspended, too many attempts',
  'already exists, already registered, already used, already taken, already in use, email taken, duplicate, already have account, exists',
  'eidm, old account, older account, previous account, old login, old cms account',
  'pso, psos, provider security official, security official, approver',
  'left, leave, quit, gone, away, retired, resigned, fired, vacation, no longer, departed, moved on, absent, sick',
  'password, passwd, pass word',
  'forgot, forget, forgotten, lost, reset, recover, recovery, remember',
  'approval, approve, approved, accepted, granted, pending, waiting, wait, waited, heard back, hear back, no response, no reply, no answer',
  'stuck, not updating, not changing, frozen, status, no change',
  'role, access, permission, rights, privileges',
  'vanished, disappeared, gone, missing, removed, revoked, deleted, lapsed, expired, taken away',
  'user id, userid, username, user name, login name, login id, id',
  'ssn, social security, social security number, social',
  'identity, verify, verification, experian, proofing, identity questions, quiz, questions, kba, verify identity',
  'facility, provider, ccn, nursing home, snf, organization, organisation, building',
  'find, found, locate, search, look for, appear, show up, see',
  'email, e mail, mail, inbox',
  'spam, junk, filter',
  'vendor, contractor, consultant, third party, outside company, software company, billing company',
  'change of ownership, chow, new owner, owner, ownership, bought, sold, acquired, acquisition, merger, new ccn',
  'broken, not working, doesnt work, blank, error, nothing happens, do nothing, misbehaves, glitch, crash, wont load, buttons',
  'browser, chrome, edge, firefox, safari, internet explorer',
  'pick, choose, select, which, decide, need, should',
  'wrong, mistake, incorrect, typo',
  'rejected, reject, not accepted, refused, denied, invalid, not valid',
  'category, type, kind, user type',
  'upload, mds, assessment, submit file, send file',
  'inactive, inactivity, 60 days, sixty days, dormant, not logged in, not signed in',
  'sign in, log in, login, logon, signin, sign on',
  'register, registration, sign up, signup, create account, new account, enroll',
  'help, contact, call, phone number, support, help desk, helpdesk, service center, ticket',
  'recognise, recognize, unknown, stranger',
  'changed, new, replaced, switched, upgraded, broke',
  'backup, second, another, additional, extra',
  'confirmation, confirm, activation, activate',
  'manual, paper, documents, by hand',
  'never came, never arrived, not received, not arrive, no email',
  'how long, how many days, how much time',
];

/** A phrase (its words, stemmed) → the meanings it carries, as tokens no text can contain ("~3"). */
export interface SynonymTable {
  phrases: Map<string, string[]>;
  /** The longest phrase, in words. */
  longest: number;
}

export function synonymTable(groups: readonly string[] = GROUPS): SynonymTable {
  const phrases = new Map<string, string[]>();
  let longest = 1;
  groups.forEach((line, i) => {
    for (const phrase of line.split(',')) {
      const key = words(phrase).join(' ');
      if (!key) continue;
      longest = Math.max(longest, key.split(' ').length);
      const meanings = phrases.get(key) ?? [];
      if (!meanings.includes(`~${i}`)) phrases.set(key, [...meanings, `~${i}`]);
    }
  });
  return { phrases, longest };
}

/** The meanings found in a run of words: every phrase of the table that occurs in it. */
export function meaningsOf(ws: readonly string[], table: SynonymTable): string[] {
  const out = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    for (let n = 1; n <= table.longest && i + n <= ws.length; n++) {
      for (const m of table.phrases.get(ws.slice(i, i + n).join(' ')) ?? []) out.add(m);
    }
  }
  return [...out];
}
