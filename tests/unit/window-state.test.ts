import { EventEmitter } from 'node:events';
import path from 'node:path';
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase, openDatabase } from '../../main/db/connection';
import { getInternalValue, setInternalValue } from '../../main/db/settings-repository';
import {
  DEFAULT_WINDOW_STATE,
  MIN_WINDOW_SIZE,
  SAVE_DELAY_MS,
  fitWindowState,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  trackWindowState,
  type ScreenLayout,
  type WindowState,
} from '../../main/window-state';
import { createEvent, startElectronMain } from '../helpers/fake-electron';
import { makeTempDir } from '../helpers/temp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const rightMonitor = { x: 1440, y: -200, width: 2560, height: 1400 };
const single: ScreenLayout = { primary: laptop, workAreas: [laptop] };
const dual: ScreenLayout = { primary: laptop, workAreas: [laptop, rightMonitor] };

function inside(state: WindowState, area: { x: number; y: number; width: number; height: number }): boolean {
  if (state.x === undefined || state.y === undefined) return false;
  return (
    state.x >= area.x &&
    state.y >= area.y &&
    state.x + state.width <= area.x + area.width &&
    state.y + state.height <= area.y + area.height
  );
}

describe('parseWindowState', () => {
  it('accepts a well-formed state, with or without a position', () => {
    expect(parseWindowState({ width: 1000, height: 700, x: 10, y: 20, maximized: true })).toStrictEqual({
      width: 1000,
      height: 700,
      x: 10,
      y: 20,
      maximized: true,
    });
    expect(parseWindowState({ width: 1000, height: 700, maximized: false })).toStrictEqual({
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('rejects anything else', () => {
    for (const value of [
      undefined,
      null,
      'window',
      42,
      [],
      {},
      { width: 1000, height: 700 },
      { width: '1000', height: 700, maximized: false },
      { width: 0, height: 700, maximized: false },
      { width: -5, height: 700, maximized: false },
      { width: 1000.5, height: 700, maximized: false },
      { width: Number.NaN, height: 700, maximized: false },
      { width: Number.POSITIVE_INFINITY, height: 700, maximized: false },
      { width: 1e9, height: 700, maximized: false },
      { width: 1000, height: 700, maximized: 'yes' },
    ]) {
      expect(parseWindowState(value), JSON.stringify(value)).toBeUndefined();
    }
  });

  it('drops a position that is only half there or not a number', () => {
    expect(parseWindowState({ width: 1000, height: 700, x: 10, maximized: false })).toStrictEqual({
      width: 1000,
      height: 700,
      maximized: false,
    });
    expect(parseWindowState({ width: 1000, height: 700, x: 10, y: 'top', maximized: false })).not.toHaveProperty('x');
  });
});

describe('fitWindowState', () => {
  it('keeps a window that is already on a screen exactly where it was', () => {
    const state = { width: 1000, height: 700, x: 100, y: 50, maximized: false };
    expect(fitWindowState(state, single)).toStrictEqual(state);
  });

  it('keeps a window on a secondary monitor there', () => {
    const state = { width: 1200, height: 900, x: 2000, y: 0, maximized: true };
    expect(fitWindowState(state, dual)).toStrictEqual(state);
  });

  it('centres a window whose monitor was unplugged, fitted to the primary screen', () => {
    const fitted = fitWindowState({ width: 2000, height: 1200, x: 2000, y: 0, maximized: false }, single);
    expect(fitted).toStrictEqual({ width: laptop.width, height: laptop.height, maximized: false });
  });

  it('pulls a window that hangs off the edge back inside the work area', () => {
    for (const state of [
      { width: 1000, height: 700, x: 1200, y: 500, maximized: false },
      { width: 1000, height: 700, x: -600, y: -300, maximized: false },
      { width: 1000, height: 700, x: 1000, y: 800, maximized: false },
    ]) {
      const fitted = fitWindowState(state, single);
      expect(inside(fitted, laptop), JSON.stringify(fitted)).toBe(true);
      expect(fitted.width).toBe(1000);
      expect(fitted.height).toBe(700);
    }
  });

  it('shrinks a window larger than the screen and never below the minimum size otherwise', () => {
    expect(fitWindowState({ width: 5000, height: 4000, x: 0, y: 0, maximized: false }, single)).toStrictEqual({
      width: laptop.width,
      height: laptop.height,
      x: 0,
      y: 0,
      maximized: false,
    });
    const tiny = fitWindowState({ width: 10, height: 10, x: 0, y: 0, maximized: false }, single);
    expect(tiny.width).toBe(MIN_WINDOW_SIZE.width);
    expect(tiny.height).toBe(MIN_WINDOW_SIZE.height);
  });

  it('never places a window off-screen, whatever was stored', () => {
    for (let x = -6000; x <= 6000; x += 750) {
      for (let y = -4000; y <= 4000; y += 650) {
        const fitted = fitWindowState({ width: 900, height: 600, x, y, maximized: false }, dual);
        if (fitted.x === undefined) continue;
        expect(
          dual.workAreas.some((area) => inside(fitted, area)),
          `${x},${y} → ${JSON.stringify(fitted)}`,
        ).toBe(true);
      }
    }
  });
});

describe('stored window state', () => {
  function tempDb() {
    const temp = makeTempDir();
    const db = openDatabase(path.join(temp.dir, 'someday.sqlite'));
    cleanups.push(() => {
      closeDatabase(db);
      temp.cleanup();
    });
    return db;
  }

  it('round-trips through the internal "window" value and falls back to the default', () => {
    const db = tempDb();
    expect(loadWindowState(db, single)).toStrictEqual(fitWindowState(DEFAULT_WINDOW_STATE, single));
    saveWindowState(db, { width: 1000, height: 700, x: 30, y: 40, maximized: true });
    expect(getInternalValue(db, 'window')).toStrictEqual({ width: 1000, height: 700, x: 30, y: 40, maximized: true });
    expect(loadWindowState(db, single)).toStrictEqual({ width: 1000, height: 700, x: 30, y: 40, maximized: true });
    setInternalValue(db, 'window', { width: 'huge' });
    expect(loadWindowState(db, single)).toStrictEqual(fitWindowState(DEFAULT_WINDOW_STATE, single));
  });

  it('does not write after the database was closed', () => {
    const db = tempDb();
    closeDatabase(db);
    expect(() => saveWindowState(db, DEFAULT_WINDOW_STATE)).not.toThrow();
  });
});

describe('trackWindowState', () => {
  class FakeWindow extends EventEmitter {
    bounds = { x: 10, y: 20, width: 1000, height: 700 };
    maximized = false;
    fullScreen = false;
    destroyed = false;
    getNormalBounds = () => ({ ...this.bounds });
    isMaximized = () => this.maximized;
    isFullScreen = () => this.fullScreen;
    isDestroyed = () => this.destroyed;
  }

  function track() {
    vi.useFakeTimers();
    const win = new FakeWindow();
    const saved: WindowState[] = [];
    trackWindowState(win as never, (state) => saved.push(state));
    return { win, saved };
  }

  it('saves once, after the user stops moving and resizing', () => {
    const { win, saved } = track();
    for (let i = 0; i < 20; i++) {
      win.bounds = { ...win.bounds, x: 10 + i };
      win.emit(i % 2 ? 'move' : 'resize');
      vi.advanceTimersByTime(SAVE_DELAY_MS / 4);
    }
    expect(saved).toHaveLength(0);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saved).toStrictEqual([{ x: 29, y: 20, width: 1000, height: 700, maximized: false }]);
  });

  it('records maximising with the normal bounds', () => {
    const { win, saved } = track();
    win.maximized = true;
    win.emit('maximize');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saved).toStrictEqual([{ x: 10, y: 20, width: 1000, height: 700, maximized: true }]);
  });

  it('saves at once on close and cancels the pending save', () => {
    const { win, saved } = track();
    win.emit('resize');
    win.bounds = { ...win.bounds, width: 1111 };
    win.emit('close');
    expect(saved).toStrictEqual([{ x: 10, y: 20, width: 1111, height: 700, maximized: false }]);
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect(saved).toHaveLength(1);
  });

  it('does not save full-screen or destroyed windows', () => {
    const { win, saved } = track();
    win.fullScreen = true;
    win.emit('resize');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    win.fullScreen = false;
    win.destroyed = true;
    win.emit('close');
    expect(saved).toHaveLength(0);
  });
});

describe('the main window remembers its state', () => {
  async function launch(userData: string, appRoot: string, workAreas = [laptop]) {
    const fake = await startElectronMain({ userData, appPath: appRoot, workAreas });
    await fake.app.becomeReady();
    const win = fake.windows[0];
    if (!win) throw new Error('no window');
    return { fake, win };
  }

  it('reopens where it was closed, and on-screen when that screen is gone', async () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const appRoot = path.join(temp.dir, 'app');
    fs.mkdirSync(path.join(appRoot, 'dist', 'renderer'), { recursive: true });
    const userData = path.join(temp.dir, 'data');

    const first = await launch(userData, appRoot, [laptop, rightMonitor]);
    expect(first.win.options).not.toHaveProperty('x');
    first.win.bounds = { x: 2000, y: 100, width: 1300, height: 900 };
    first.win.emit('close');
    first.fake.app.emit('will-quit', createEvent({}));

    const second = await launch(userData, appRoot, [laptop, rightMonitor]);
    expect(second.win.options).toMatchObject({ x: 2000, y: 100, width: 1300, height: 900 });
    second.fake.app.emit('will-quit', createEvent({}));

    const third = await launch(userData, appRoot, [laptop]);
    expect(third.win.options).not.toHaveProperty('x');
    expect(third.win.options).not.toHaveProperty('y');
    expect(third.win.options).toMatchObject({ width: 1300, height: laptop.height });
    third.fake.app.emit('will-quit', createEvent({}));
  });

  it('maximises on show when it was closed maximised', async () => {
    const temp = makeTempDir();
    cleanups.push(temp.cleanup);
    const appRoot = path.join(temp.dir, 'app');
    fs.mkdirSync(path.join(appRoot, 'dist', 'renderer'), { recursive: true });
    const userData = path.join(temp.dir, 'data');
    const first = await launch(userData, appRoot);
    first.win.maximized = true;
    first.win.emit('close');
    first.fake.app.emit('will-quit', createEvent({}));
    const second = await launch(userData, appRoot);
    expect(second.win.maximized).toBe(false);
    second.win.emit('ready-to-show');
    expect(second.win.maximized).toBe(true);
    expect(second.win.shown).toBe(true);
    second.fake.app.emit('will-quit', createEvent({}));
  });
});
