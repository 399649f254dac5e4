/**
 * Storage keys of progress, and of the demo's pieces (under `demo:`): declared in utils/storage/items.ts, with every
 * other stored item (docs/storage.md lists them). One key per independently edited piece, so two open panels
 * editing different pieces never overwrite each other (a read-modify-write of one blob would lose one).
 */
export {
  ACTIVE_KEY,
  DEMO_SCOPE,
  BACKUP_KEY,
  CHOOSER_DISMISSED_KEY,
  DEFAULT_WORKSPACE,
  QUARANTINE_PREFIX,
  VERSION_KEY,
  metaKey,
  milestoneKey,
  noteKey,
  parseProgressKey,
  stepKey,
  tickKey,
  trackKey,
  workspacePrefix,
} from '../storage/items';
