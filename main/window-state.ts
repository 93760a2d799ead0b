/**
 * Remembers the main window's size, position and maximised state between launches (internal setting
 * 'window'). A stored position is trusted only as far as today's screens allow: displays get unplugged
 * and resolutions change, so the bounds are fitted into a current work area and a window never opens
 * off-screen. Saved debounced while the user drags, and once more on close.
 */
import type { BrowserWindow, Rectangle } from 'electron';
import type { Db } from './db/connection';
import { getInternalValue, setInternalValue } from './db/settings-repository';

export const WINDOW_STATE_KEY = 'window';
export const SAVE_DELAY_MS = 500;
export const MIN_WINDOW_SIZE = { width: 720, height: 520 } as const;
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1120, height: 780, maximized: false };

export interface WindowState {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

export interface ScreenLayout {
  primary: Rectangle;
  workAreas: readonly Rectangle[];
}

const MAX_COORDINATE = 100_000;

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_COORDINATE;
}

function isSize(value: unknown): value is number {
  return isCoordinate(value) && value > 0;
}

/** A stored value, or undefined if it is not a well-formed window state. */
export function parseWindowState(value: unknown): WindowState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { width, height, x, y, maximized } = value as Record<string, unknown>;
  if (!isSize(width) || !isSize(height) || typeof maximized !== 'boolean') return undefined;
  if (isCoordinate(x) && isCoordinate(y)) return { width, height, x, y, maximized };
  return { width, height, maximized };
}

function measureOverlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/**
 * Fits the state into the work area it overlaps most, moving and shrinking it as needed; with no overlap
 * (its display is gone) it keeps the size, fitted to the primary display, and drops the position so the
 * window opens centred.
 */
export function fitWindowState(state: WindowState, layout: ScreenLayout): WindowState {
  const width = Math.max(state.width, MIN_WINDOW_SIZE.width);
  const height = Math.max(state.height, MIN_WINDOW_SIZE.height);
  let target: Rectangle | undefined;
  if (state.x !== undefined && state.y !== undefined) {
    const rect = { x: state.x, y: state.y, width, height };
    let best = 0;
    for (const area of layout.workAreas) {
      const overlap = measureOverlap(rect, area);
      if (overlap > best) {
        best = overlap;
        target = area;
      }
    }
  }
  if (!target || state.x === undefined || state.y === undefined) {
    const area = layout.primary;
    return { width: Math.min(width, area.width), height: Math.min(height, area.height), maximized: state.maximized };
  }
  const fittedWidth = Math.min(width, target.width);
  const fittedHeight = Math.min(height, target.height);
  return {
    width: fittedWidth,
    height: fittedHeight,
    x: clamp(state.x, target.x, target.x + target.width - fittedWidth),
    y: clamp(state.y, target.y, target.y + target.height - fittedHeight),
    maximized: state.maximized,
  };
}

export function loadWindowState(db: Db, layout: ScreenLayout): WindowState {
  return fitWindowState(parseWindowState(getInternalValue(db, WINDOW_STATE_KEY)) ?? DEFAULT_WINDOW_STATE, layout);
}

export function saveWindowState(db: Db, state: WindowState): void {
  if (db.open) setInternalValue(db, WINDOW_STATE_KEY, state);
}

type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isFullScreen' | 'isDestroyed'>;

export function readWindowState(win: TrackedWindow): WindowState {
  const bounds = win.getNormalBounds();
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, maximized: win.isMaximized() };
}

/** Saves the state SAVE_DELAY_MS after the last move or resize, and at once when the window closes. */
export function trackWindowState(
  win: TrackedWindow,
  save: (state: WindowState) => void,
  delayMs: number = SAVE_DELAY_MS,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveNow = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!win.isDestroyed() && !win.isFullScreen()) save(readWindowState(win));
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(saveNow, delayMs);
  };
  win.on('resize', schedule);
  win.on('move', schedule);
  win.on('maximize', schedule);
  win.on('unmaximize', schedule);
  win.on('close', saveNow);
}
