/**
 * jsdom has no layout: elements measure 0×0 and ResizeObserver is missing, so the virtualised
 * contact list would render no rows. Give every element a fixed client size instead, so the list
 * renders the rows a real window would show. Imported first by every renderer test.
 * After each test the app is unmounted and the saves it makes on the way out (the draft editor
 * saves when it closes) are let through before the mocks are reset, so none leaks into the next test.
 */
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

const CLIENT_WIDTH = 900;
const CLIENT_HEIGHT = 700;

class StubResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => CLIENT_HEIGHT });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => CLIENT_WIDTH });
Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => CLIENT_HEIGHT });
Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => CLIENT_WIDTH });
// jsdom keeps no scroll position: remember the one set, so a virtual list can be scrolled (keyboard End).
const scrolled = new WeakMap<Element, number>();
Object.defineProperty(Element.prototype, 'scrollTop', {
  configurable: true,
  get(this: Element) {
    return scrolled.get(this) ?? 0;
  },
  set(this: Element, value: number) {
    scrolled.set(this, value);
  },
});
// …and no scroll height: a scroll box is as tall as its content's inline height (a virtual list's).
Object.defineProperty(Element.prototype, 'scrollHeight', {
  configurable: true,
  get(this: Element) {
    const content = this.firstElementChild as HTMLElement | null;
    return Math.max(CLIENT_HEIGHT, Number.parseFloat(content?.style?.height ?? '') || 0);
  },
});
Element.prototype.scrollTo = function scrollTo(this: Element, options?: ScrollToOptions | number) {
  if (typeof options === 'object' && typeof options.top === 'number') {
    this.scrollTop = options.top;
    this.dispatchEvent(new Event('scroll'));
  }
};
vi.stubGlobal('ResizeObserver', StubResizeObserver);
// CodeMirror (the message box) measures text through ranges, which jsdom lays out nowhere.
Range.prototype.getClientRects = function getClientRects() {
  return [] as unknown as DOMRectList;
};
Range.prototype.getBoundingClientRect = function getBoundingClientRect() {
  return new DOMRect(0, 0, 0, 0);
};

// findBy… and waitFor give up after 5 s, not 1 s: on a loaded two-core machine a screen can take over a
// second to settle, and a wait that is too short fails a test for the machine's sake, not the app's.
configure({ asyncUtilTimeout: 5000 });

afterEach(async () => {
  vi.useRealTimers();
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 0));
  vi.clearAllMocks();
  document.documentElement.removeAttribute('data-theme');
  window.sessionStorage.clear();
  window.localStorage.clear();
});
