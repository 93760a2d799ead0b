/**
 * Just enough WASI (preview 1) to run Flite's command-line program in a browser or in Node: the
 * arguments, a clock, stdout/stderr collected as text, and one in-memory folder where Flite writes
 * its WAV file. Nothing touches a real disk or the network. Flite needs only these thirteen calls
 * (checked against the module's imports by the tests).
 */
const ERRNO_SUCCESS = 0;
const ERRNO_BADF = 8;
const ERRNO_INVAL = 28;
const ERRNO_NOENT = 44;
const FILETYPE_CHARACTER_DEVICE = 2;
const FILETYPE_DIRECTORY = 3;
const FILETYPE_REGULAR_FILE = 4;
const PREOPEN_FD = 3;
const PREOPEN_NAME = '/';

class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

class MemoryFile {
  bytes = new Uint8Array(64 * 1024);
  size = 0;
  position = 0;

  write(chunk: Uint8Array): void {
    const end = this.position + chunk.length;
    if (end > this.bytes.length) {
      const grown = new Uint8Array(Math.max(end, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.size));
      this.bytes = grown;
    }
    this.bytes.set(chunk, this.position);
    this.position = end;
    this.size = Math.max(this.size, end);
  }

  contents(): Uint8Array {
    return this.bytes.slice(0, this.size);
  }
}

export interface FliteRun {
  exitCode: number;
  files: Map<string, Uint8Array>;
  output: string;
}

/** Runs a WASI command module once, with the given arguments, and returns the files it wrote. */
export async function runWasiCommand(module: WebAssembly.Module, args: readonly string[]): Promise<FliteRun> {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const argBytes = args.map((arg) => encoder.encode(`${arg}\0`));
  const files = new Map<string, MemoryFile>();
  const open = new Map<number, { name: string; file: MemoryFile }>();
  let nextFd = PREOPEN_FD + 1;
  let output = '';
  let memory: WebAssembly.Memory | null = null;
  const view = () => new DataView(memory!.buffer);
  const bytes = () => new Uint8Array(memory!.buffer);

  const wasi = {
    args_sizes_get(argcPtr: number, bufSizePtr: number): number {
      view().setUint32(argcPtr, argBytes.length, true);
      view().setUint32(
        bufSizePtr,
        argBytes.reduce((sum, arg) => sum + arg.length, 0),
        true,
      );
      return ERRNO_SUCCESS;
    },
    args_get(argvPtr: number, bufPtr: number): number {
      let at = bufPtr;
      argBytes.forEach((arg, index) => {
        view().setUint32(argvPtr + index * 4, at, true);
        bytes().set(arg, at);
        at += arg.length;
      });
      return ERRNO_SUCCESS;
    },
    clock_time_get(_id: number, _precision: bigint, timePtr: number): number {
      view().setBigUint64(timePtr, BigInt(Date.now()) * 1_000_000n, true);
      return ERRNO_SUCCESS;
    },
    fd_close(fd: number): number {
      return open.delete(fd) || fd <= PREOPEN_FD ? ERRNO_SUCCESS : ERRNO_BADF;
    },
    fd_fdstat_get(fd: number, statPtr: number): number {
      const type =
        fd <= 2
          ? FILETYPE_CHARACTER_DEVICE
          : fd === PREOPEN_FD
            ? FILETYPE_DIRECTORY
            : open.has(fd)
              ? FILETYPE_REGULAR_FILE
              : -1;
      if (type < 0) return ERRNO_BADF;
      const data = view();
      data.setUint8(statPtr, type);
      data.setUint16(statPtr + 2, 0, true);
      data.setBigUint64(statPtr + 8, 0xffffffffffffffffn, true);
      data.setBigUint64(statPtr + 16, 0xffffffffffffffffn, true);
      return ERRNO_SUCCESS;
    },
    fd_fdstat_set_flags(): number {
      return ERRNO_SUCCESS;
    },
    fd_prestat_get(fd: number, prestatPtr: number): number {
      if (fd !== PREOPEN_FD) return ERRNO_BADF;
      view().setUint8(prestatPtr, 0);
      view().setUint32(prestatPtr + 4, encoder.encode(PREOPEN_NAME).length, true);
      return ERRNO_SUCCESS;
    },
    fd_prestat_dir_name(fd: number, pathPtr: number, pathLen: number): number {
      if (fd !== PREOPEN_FD) return ERRNO_BADF;
      bytes().set(encoder.encode(PREOPEN_NAME).subarray(0, pathLen), pathPtr);
      return ERRNO_SUCCESS;
    },
    fd_read(fd: number, _iovs: number, _iovsLen: number, readPtr: number): number {
      if (fd !== 0 && !open.has(fd)) return ERRNO_BADF;
      view().setUint32(readPtr, 0, true);
      return ERRNO_SUCCESS;
    },
    fd_seek(fd: number, offset: bigint, whence: number, newOffsetPtr: number): number {
      const entry = open.get(fd);
      if (!entry) return fd <= 2 ? ERRNO_SUCCESS : ERRNO_BADF;
      const base = whence === 0 ? 0 : whence === 1 ? entry.file.position : entry.file.size;
      const target = base + Number(offset);
      if (target < 0) return ERRNO_INVAL;
      entry.file.position = target;
      view().setBigUint64(newOffsetPtr, BigInt(target), true);
      return ERRNO_SUCCESS;
    },
    fd_write(fd: number, iovs: number, iovsLen: number, writtenPtr: number): number {
      const data = view();
      let written = 0;
      for (let i = 0; i < iovsLen; i++) {
        const ptr = data.getUint32(iovs + i * 8, true);
        const len = data.getUint32(iovs + i * 8 + 4, true);
        const chunk = bytes().slice(ptr, ptr + len);
        if (fd === 1 || fd === 2) output += decoder.decode(chunk);
        else {
          const entry = open.get(fd);
          if (!entry) return ERRNO_BADF;
          entry.file.write(chunk);
        }
        written += len;
      }
      data.setUint32(writtenPtr, written, true);
      return ERRNO_SUCCESS;
    },
    path_open(
      dirFd: number,
      _dirFlags: number,
      pathPtr: number,
      pathLen: number,
      oflags: number,
      _rightsBase: bigint,
      _rightsInheriting: bigint,
      _fdFlags: number,
      fdPtr: number,
    ): number {
      if (dirFd !== PREOPEN_FD) return ERRNO_BADF;
      const name = decoder.decode(bytes().slice(pathPtr, pathPtr + pathLen));
      const create = (oflags & 1) !== 0;
      const truncate = (oflags & 8) !== 0;
      let file = files.get(name);
      if (!file) {
        if (!create) return ERRNO_NOENT;
        file = new MemoryFile();
        files.set(name, file);
      }
      if (truncate) file.size = 0;
      file.position = 0;
      const fd = nextFd++;
      open.set(fd, { name, file });
      view().setUint32(fdPtr, fd, true);
      return ERRNO_SUCCESS;
    },
    proc_exit(code: number): never {
      throw new Exit(code);
    },
  };

  // Asynchronous: Chromium refuses to instantiate a module this large synchronously on the main thread.
  const instance = await WebAssembly.instantiate(module, { wasi_snapshot_preview1: wasi });
  memory = instance.exports.memory as WebAssembly.Memory;
  let exitCode = 0;
  try {
    (instance.exports._start as () => void)();
  } catch (error) {
    if (error instanceof Exit) exitCode = error.code;
    else throw error;
  }
  return {
    exitCode,
    files: new Map([...files].map(([name, file]) => [name, file.contents()])),
    output,
  };
}

export const FLITE_VOICE = 'slt';

/** Speaks `text` with Flite's built-in "slt" voice and returns a WAV file. */
export async function synthesizeWav(module: WebAssembly.Module, text: string): Promise<Uint8Array> {
  const clean = Array.from(text, (ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch))
    .join('')
    .trim()
    .slice(0, 1000);
  const run = await runWasiCommand(module, ['flite', '-voice', FLITE_VOICE, '-t', clean, '-o', 'line.wav']);
  const wav = run.files.get('line.wav');
  if (run.exitCode !== 0 || !wav || wav.length < 44) {
    throw new Error(
      `The offline voice could not speak this line (${run.output.trim().slice(0, 120) || `exit ${run.exitCode}`}).`,
    );
  }
  return wav;
}
