/**
 * DOM members taken from the prototypes, never from page nodes. A page can shadow a member of a form or of the
 * document with a control or an image named after it (`<input name="nextSibling">` makes `form.nextSibling`
 * that input; `<img name="title">` makes `document.title` an element), and named elements shadow
 * `window.addEventListener`; that shadowing is done by the browser, so it is visible from an isolated world too.
 * The prototypes themselves are this world's own: a page cannot reach them. Taken on first use, so importing
 * this module touches no DOM.
 */
function member(proto: object, name: string): PropertyDescriptor {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d;
  }
  throw TypeError(name);
}
const getter = <T extends object, R>(proto: T, name: string) => {
  const get = member(proto, name).get as (this: T) => R;
  return (node: T): R => get.call(node);
};
const method = <T extends object, A extends unknown[], R>(proto: T, name: string) => {
  const fn = member(proto, name).value as (this: T, ...args: A) => R;
  return (node: T, ...args: A): R => fn.apply(node, args);
};

function build() {
  const E = Element.prototype;
  const D = Document.prototype;
  return {
    tagName: getter<Element, string>(E, 'tagName'),
    firstElementChild: getter<Element, Element | null>(E, 'firstElementChild'),
    textContent: getter<Node, string | null>(E, 'textContent'),
    ownerDocument: getter<Node, Document | null>(E, 'ownerDocument'),
    shadowRoot: getter<Element, ShadowRoot | null>(E, 'shadowRoot'),
    textOf: getter<Node, string | null>(Text.prototype, 'nodeValue'),
    getAttribute: method<Element, [string], string | null>(E, 'getAttribute'),
    hasAttribute: method<Element, [string], boolean>(E, 'hasAttribute'),
    closest: method<Element, [string], Element | null>(E, 'closest'),
    matches: method<Element, [string], boolean>(E, 'matches'),
    title: getter<Document, string>(D, 'title'),
    querySelectorAll: method<Document, [string], NodeListOf<Element>>(D, 'querySelectorAll'),
    createTreeWalker: method<Document, [Node, number, NodeFilter], TreeWalker>(D, 'createTreeWalker'),
    nextNode: method<TreeWalker, [], Node | null>(TreeWalker.prototype, 'nextNode'),
    addEventListener: listen(EventTarget.prototype.addEventListener),
  };
}

type Listen = (target: EventTarget, type: string, listener: (event: Event) => void, options?: AddEventListenerOptions) => void;
/**
 * EventTarget's own addEventListener (a named element shadows `window.addEventListener`). In a browser every
 * event target inherits it; only a test double of `window` (happy-dom's globals on Node's global) does not, and
 * carries its own.
 */
const listen =
  (add: EventTarget['addEventListener']): Listen =>
  (target, type, listener, options) =>
    (target instanceof EventTarget ? add : (target as EventTarget).addEventListener).call(target, type, listener, options);

let dom: ReturnType<typeof build> | undefined;
export const safeDom = (): ReturnType<typeof build> => (dom ??= build());
