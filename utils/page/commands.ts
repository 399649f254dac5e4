import type { MessageOf, SenderInfo } from '../messaging';
import { fromOwnPanel, ownOriginOf, parseMessage } from '../messaging';

/** The slice of `browser.runtime` a page needs to take commands: passed in, so this runs against fakes in tests. */
export interface CommandRuntime {
  id: string;
  getURL(path: '/'): string;
  onMessage: { addListener(callback: (message: unknown, sender: SenderInfo) => void): void };
}

/** What a page does for each command it takes (utils/messaging.ts); commands it does not list are ignored. */
export type CommandHandlers = { [T in 'iqag:practice-go']?: (message: MessageOf<T>) => void };

/**
 * The page's one runtime.onMessage listener: a command is obeyed only when it is a valid message
 * (`parseMessage`) sent by our own panel page (`fromOwnPanel`); anything else is ignored without a word.
 */
export function serveCommands(runtime: CommandRuntime, handlers: CommandHandlers): void {
  let ownOrigin: string | undefined;
  runtime.onMessage.addListener((message, sender) => {
    ownOrigin ??= ownOriginOf(runtime.getURL);
    if (!fromOwnPanel(sender, runtime.id, ownOrigin)) return;
    const m = parseMessage(message);
    if (m?.type === 'iqag:practice-go') handlers['iqag:practice-go']?.(m);
  });
}
