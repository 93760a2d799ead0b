/**
 * Checks of what a person sees in a window, shared by the small-window, editor-layout and journey tests:
 * nothing runs past the window's edge, a control is on screen and uncovered, the message box's width and
 * what lies over it, and axe's serious or critical findings.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Elements in the main area whose right edge passes the window's, named by tag and class. */
export function overflowing(page: Page, windowWidth: number): Promise<string[]> {
  return page.evaluate((width) => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('.main *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Content scrolled inside its own box (a list, a table) is the box's business, not the window's.
      let clipped = false;
      for (
        let parent = element.parentElement;
        parent && !parent.classList.contains('main');
        parent = parent.parentElement
      ) {
        const style = getComputedStyle(parent);
        if (style.overflowX !== 'visible' && parent.getBoundingClientRect().right <= width + 0.5) {
          clipped = true;
          break;
        }
      }
      if (!clipped && box.right > width + 0.5) found.push(`${element.tagName.toLowerCase()}.${element.className}`);
    }
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`the page scrolls sideways (${root.scrollWidth} px)`);
    return found;
  }, windowWidth);
}

/** Scrolls the control into view and checks that it is the element at its centre (or holds it). */
export async function expectUsable(control: Locator, name: string, windowWidth: number): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  expect(box, `${name} has no box`).not.toBeNull();
  expect(box!.width, `${name} is squeezed`).toBeGreaterThan(8);
  expect(box!.x + box!.width, `${name} runs past the window`).toBeLessThanOrEqual(windowWidth + 0.5);
  const onTop = await control.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return hit !== null && (element === hit || element.contains(hit));
  });
  expect(onTop, `${name} is covered by something else`).toBe(true);
}

export interface BoxCheck {
  width: number;
  /** Points inside the visible part of the box where something else is on top. */
  covered: string[];
  /** The footer (still to fill, length) overlaps the box. */
  footerOverlaps: boolean;
  /** Where a click near the bottom of the box's visible part lands. */
  probe: { x: number; y: number } | null;
}

/** Measures the message box as it is on screen now: its width, and what lies over its visible part. */
export function checkBox(page: Page): Promise<BoxCheck> {
  return page.getByRole('textbox', { name: 'Message' }).evaluate((content) => {
    const box = content.closest('.cm-editor')!;
    const rect = box.getBoundingClientRect();
    // The part of the box in view: inside the window and inside every ancestor that scrolls.
    let viewTop = 0;
    let viewBottom = window.innerHeight;
    for (let parent = box.parentElement; parent; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflowY === 'visible') continue;
      const clip = parent.getBoundingClientRect();
      viewTop = Math.max(viewTop, clip.top);
      viewBottom = Math.min(viewBottom, clip.bottom);
    }
    const top = Math.max(rect.top, viewTop) + 4;
    const bottom = Math.min(rect.bottom, viewBottom) - 4;
    const covered: string[] = [];
    let probe: { x: number; y: number } | null = null;
    if (bottom > top) {
      for (const x of [rect.left + 8, rect.left + rect.width / 2, rect.right - 8]) {
        for (const y of [top, (top + bottom) / 2, bottom]) {
          const hit = document.elementFromPoint(x, y);
          if (!hit || !box.contains(hit))
            covered.push(`${Math.round(x)},${Math.round(y)}: ${hit?.className ?? 'nothing'}`);
        }
      }
      probe = { x: rect.left + rect.width / 2, y: bottom - 4 };
    }
    const footer = document.querySelector('.sheet-footer')?.getBoundingClientRect();
    const footerOverlaps = footer ? footer.top < rect.bottom && footer.bottom > rect.top : false;
    return { width: rect.width, covered, footerOverlaps, probe };
  });
}

/**
 * axe's serious and critical findings on the page once it settles, one line each with where it found them
 * (prefixed by `screen` when given; `include` limits the scan to a part of the page, such as a dialog).
 * It waits for running animations first: a dialog half-way through fading in has its colours mixed with
 * what is behind it, and the contrast axe would measure is not the contrast a person reads.
 */
export async function blockingAxeFindings(
  page: Page,
  options: { screen?: string; include?: string } = {},
): Promise<string[]> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const builder = new AxeBuilder({ page });
  const axe = await (options.include ? builder.include(options.include) : builder).analyze();
  const found = axe.violations
    .filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
    .map(
      (violation) =>
        `${options.screen ? `${options.screen}: ` : ''}${violation.id} (${violation.impact}) ${violation.help} at ` +
        violation.nodes.map((node) => node.target.join(' ')).join(', '),
    );
  if (found.length > 0) console.log(`axe violations:\n${found.join('\n')}`);
  return found;
}
