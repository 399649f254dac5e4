import type { CommandType, MessageOf, SenderInfo, ShowWhereResult } from '../messaging';
import { fromOwnPanel, ownOriginOf, parseCommand } from '../messaging';

/** The slice of `browser.runtime` a page needs to take commands: passed in, so this runs against fakes in tests. */
export interface CommandRuntime {
  id: string;
  getURL(path: '/'): string;
  onMessage: { addListener(callback: (message: unknown, sender: SenderInfo, sendResponse?: (response: unknown) => void) => void): void };
}

/** What a page does for each command it takes (utils/messaging.ts); commands it does not list are ignored. */
export interface CommandHandlers {
  'iqag:practice-go'?: (message: MessageOf<'iqag:practice-go'>) => void;
  /** Answered: the panel's tabs.sendMessage resolves with what this returns. */
  'iqag:show-where'?: (message: MessageOf<'iqag:show-where'>) => ShowWhereResult;
}

/**
 * The page's one runtime.onMessage listener: a command is obeyed only when it is a valid message (`parseCommand`,
 * the one validator's command half) sent by our own panel page (`fromOwnPanel`); anything else is ignored without
 * a word. A command with an answer (a string) answers at once, through sendResponse (Chrome's listeners cannot
 * return a promise), so nothing is left pending.
 */
export function serveCommands(runtime: CommandRuntime, handlers: CommandHandlers): void {
  let ownOrigin: string | undefined;
  runtime.onMessage.addListener((message, sender, sendResponse) => {
    ownOrigin ??= ownOriginOf(runtime.getURL);
    if (!fromOwnPanel(sender, runtime.id, ownOrigin)) return;
    const m = parseCommand(message);
    const answer = m && (handlers[m.type] as ((m: MessageOf<CommandType>) => unknown) | undefined)?.(m);
    if (typeof answer == 'string') sendResponse?.(answer);
  });
}
