import { accessOf, SNAPSHOT } from '../snapshots/permissions';
import { expect, test } from './harness';

test('the Chrome/Edge build asks for exactly the snapshotted access, no more', () => {
  expect(accessOf('chrome-mv3')).toEqual(SNAPSHOT['chrome-mv3']);
});
