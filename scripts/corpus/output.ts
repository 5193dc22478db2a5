/**
 * Writing a corpus safely: the output is checked before anything is built, every file is written in a
 * staging folder and swapped in whole, and nothing is left behind.
 *
 * - Names: only what the app loads. A file name must pass the chunk-path rule of `chunkRefSchema` (the
 *   app refuses a split corpus with any other chunk name; it is also stricter than the `corpus=` rule of
 *   src/url/codec.ts, which refuses spaces and more than 300 characters): ASCII letters, digits, `.`, `_` and
 *   `-`, ending in `.json`, not hidden, at most 200 characters. `ñews.json` and `my corpus.json` are
 *   refused, with a name to use instead.
 * - Targets: a missing file or a regular file, never a symbolic link (replacing it would cut the link), a
 *   folder, a device or a pipe, and never a file the build reads (a page, a table: by device and inode, so a
 *   hard link or another spelling of the path is caught too).
 * - Staging: a hidden folder `.corpus-staging-PID-XXXXXX` on the same file system as the output (so the
 *   swap is a rename), beside the output's folder and never inside it, nor inside the app's `public/`: Vite
 *   copies everything there into `dist/`, hidden files included (its `copyDir`). Else the system's temporary
 *   folder when it is on the same file system. A staging folder left by a builder that was killed (its PID
 *   gone) is removed by the next run.
 * - The swap: a whole corpus is one rename over the target (atomic). A split corpus: the old manifest
 *   leaves first, then the chunks it named, then the new chunks come in and the new manifest last; if a step
 *   fails, every step is undone. A reader finds the old set, the new set, or (for the microseconds of the
 *   swap) no manifest: never a manifest beside chunks of another build. Chunks of an old manifest that the
 *   new corpus does not have are removed, also when a whole corpus replaces a split one.
 * - Interrupts: writing honours an AbortSignal (the CLI aborts on SIGINT, SIGTERM and SIGHUP); the staging
 *   folder is removed on success, on error and on abort.
 */
import { accessSync, constants, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { chunkRefSchema } from '../../src/corpus/schema';

/** The output cannot be written as asked. The message is one line, for the CLI. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

/** Writing stopped because the signal was aborted (its reason, e.g. the name of the OS signal). */
export class WriteInterrupted extends Error {
  constructor(readonly reason: string) {
    super(`interrupted (${reason}) while writing the corpus: nothing was changed and no temporary file is left`);
    this.name = 'WriteInterrupted';
  }
}

/** A file to write: its name in the output folder, and its text. */
export interface OutputFile {
  readonly name: string;
  readonly text: string;
}

/** Longest file name written: a chunk adds 8 characters, file systems allow 255 bytes, a `corpus=` path 300. */
const MAX_NAME = 200;
const STAGING_PREFIX = '.corpus-staging-';
/** An old manifest larger than this is not read to find its chunks (a manifest holds no headline: it is small). */
const MAX_OLD_MANIFEST_BYTES = 64 * 1024 * 1024;

/** A name the app accepts, made from `name`: accents dropped, every other character outside [A-Za-z0-9._-] a `-`. */
export function suggestName(name: string): string {
  const stem = name
    .replace(/\.json$/i, '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, MAX_NAME - 20);
  return `${stem === '' ? 'corpus' : stem}.json`;
}

/** Is `name` a file name the app loads, both as a `corpus=` path and as a chunk path of a split corpus? */
export function isAppFileName(name: string): boolean {
  return name.length <= MAX_NAME && !name.startsWith('.') && chunkRefSchema.shape.path.safeParse(name).success;
}

/** Throw an OutputError unless the app would load a file of this name. */
export function checkFileName(name: string, what = '--out'): void {
  if (isAppFileName(name)) return;
  const why = name.length > MAX_NAME ? `longer than ${MAX_NAME} characters` : name.startsWith('.') ? 'a hidden file' : !/\.json$/i.test(name) ? 'it does not end in .json' : 'it holds characters other than ASCII letters, digits, ".", "_" and "-"';
  throw new OutputError(`${what} "${name}" is a name the app refuses to load (${why}): use a name like "${suggestName(name)}"`);
}

/** What kind of file system entry, in words. */
function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isSymbolicLink()) return 'a symbolic link';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

const idOf = (st: Stats) => `${st.dev}:${st.ino}`;

/** The files the build reads, by device and inode (to refuse writing over one of them). */
export function inputIds(paths: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const p of paths) {
    try {
      ids.set(idOf(statSync(p)), p);
    } catch {
      // Not there: it cannot be overwritten either.
    }
  }
  return ids;
}

/**
 * Throw an OutputError unless `target` may be replaced: missing, or a regular file that is none of the inputs.
 * `inputs` from `inputIds`.
 */
export function checkTarget(target: string, inputs: ReadonlyMap<string, string>): void {
  let st: Stats;
  try {
    st = lstatSync(target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw new OutputError(`${target} cannot be written: a part of its folder path is a file, not a folder`);
    throw new OutputError(`${target} cannot be checked (${code ?? 'error'})`);
  }
  if (st.isSymbolicLink()) throw new OutputError(`${target} is a symbolic link: the builder replaces only regular files (give the file it points to, if that is the one to replace)`);
  if (!st.isFile()) throw new OutputError(`${target} is ${kindOf(st)}, not a regular file: the builder writes a corpus only to a file`);
  const input = inputs.get(idOf(st));
  if (input !== undefined) throw new OutputError(`${target} is ${resolve(input) === resolve(target) ? '' : `the same file as `}an input of the build (${input}): writing the corpus there would destroy it`);
}

const inside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/**
 * Where to stage the files: beside the output's folder (never inside it, nor inside `publicDir`), else the
 * system's temporary folder; on the same file system as the output's folder, and writable.
 */
export function stagingRoot(outDir: string, publicDir: string | null): string {
  const dev = statSync(outDir).dev;
  let beside = dirname(outDir);
  while (publicDir !== null && inside(beside, publicDir) && beside !== dirname(beside)) beside = dirname(beside);
  const candidates = [beside, tmpdir()].filter((c) => !inside(c, outDir) && (publicDir === null || !inside(c, publicDir)));
  for (const c of candidates) {
    try {
      if (statSync(c).dev !== dev) continue;
      accessSync(c, constants.W_OK);
      return c;
    } catch {
      // Not usable: try the next.
    }
  }
  throw new OutputError(`cannot stage the corpus: no writable folder on the same file system as ${outDir} outside it (tried ${candidates.join(', ') || 'none'})`);
}

/** Remove staging folders of builders that are no longer running (killed before they could clean up). */
export function removeStaleStaging(root: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = /^\.corpus-staging-(\d+)-/.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || isRunning(pid)) continue;
    rmSync(join(root, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The chunk names an existing manifest at `target` lists (none when it is no manifest, or unreadable). */
export function oldChunkNames(target: string): string[] {
  try {
    const st = lstatSync(target);
    if (!st.isFile() || st.size > MAX_OLD_MANIFEST_BYTES) return [];
    const json = JSON.parse(readFileSync(target, 'utf8')) as { format?: unknown; chunks?: unknown };
    if (json.format !== 'split' || !Array.isArray(json.chunks)) return [];
    return json.chunks
      .map((c: unknown) => (typeof c === 'object' && c !== null ? (c as { path?: unknown }).path : undefined))
      .filter((p): p is string => typeof p === 'string' && isAppFileName(p) && p !== basename(target));
  } catch {
    return [];
  }
}

export interface WriteOptions {
  /** Aborting it stops the write (before the swap) and cleans up; the error is a WriteInterrupted. */
  signal?: AbortSignal;
  /** The app's public folder, where no staging folder may go. */
  publicDir?: string | null;
  /** Files the build read: none of them may be a target. */
  inputs?: readonly string[];
  /** Called when every file is staged, just before the swap (for tests), with the signal. */
  beforeSwap?: (signal?: AbortSignal) => Promise<void>;
  /** Check the names against the app's rules (default true; false for a file the app does not load, a page). */
  appNames?: boolean;
}

/**
 * Write `files` into the folder `outDir`, the last one being the corpus or manifest the others depend on.
 * Checks every name and target first; stages; swaps in whole (see the module comment). Throws OutputError,
 * WriteInterrupted, or the file system's error (the output folder then as it was).
 */
export async function writeFiles(outDir: string, files: readonly OutputFile[], options: WriteOptions = {}): Promise<void> {
  const { signal, publicDir = null, inputs = [], beforeSwap, appNames = true } = options;
  const main = files[files.length - 1];
  if (main === undefined) throw new OutputError('nothing to write');
  const ids = inputIds(inputs);
  for (const f of files) {
    checkTarget(join(outDir, f.name), ids);
    if (appNames) checkFileName(f.name, f === main ? '--out' : 'the chunk');
  }
  const interrupted = () => new WriteInterrupted(typeof signal?.reason === 'string' ? signal.reason : 'aborted');
  if (signal?.aborted) throw interrupted();

  try {
    mkdirSync(outDir, { recursive: true });
  } catch (e) {
    throw new OutputError(`the output folder ${outDir} cannot be made (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const root = stagingRoot(outDir, publicDir);
  removeStaleStaging(root);
  const stage = mkdtempSync(join(root, `${STAGING_PREFIX}${process.pid}-`));
  try {
    for (const f of files) {
      const handle = await open(join(stage, f.name), 'wx');
      try {
        await handle.writeFile(f.text, signal ? { signal } : {});
        await handle.sync();
      } finally {
        await handle.close();
      }
      if (signal?.aborted) throw interrupted();
    }
    if (beforeSwap) await abortable(beforeSwap(signal), signal);
    if (signal?.aborted) throw interrupted();
    // From here on, synchronous: no signal is handled until the swap is done or undone.
    swapIn(stage, outDir, files.map((f) => f.name), oldChunkNames(join(outDir, main.name)));
  } catch (e) {
    if (signal?.aborted) throw interrupted();
    throw e;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** `p`, or a rejection as soon as `signal` aborts. */
function abortable<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p;
  return new Promise<T>((resolvePromise, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolvePromise, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Move the staged files `names` (the main file last) into `outDir`, retiring the chunks `oldChunks` of the
 * manifest they replace. Undoes every step when one fails.
 */
function swapIn(stage: string, outDir: string, names: readonly string[], oldChunks: readonly string[]): void {
  const backup = join(stage, '.previous');
  mkdirSync(backup);
  const undo: (() => void)[] = [];
  const move = (from: string, to: string) => {
    renameSync(from, to);
    undo.push(() => renameSync(to, from));
  };
  const target = (name: string) => join(outDir, name);
  const main = names[names.length - 1]!;
  const retire = (name: string) => {
    if (existsSync(target(name)) && lstatSync(target(name)).isFile()) move(target(name), join(backup, name));
  };
  try {
    if (names.length === 1) {
      // A whole corpus: one atomic rename over the old file; then the chunks of an old manifest go.
      renameSync(join(stage, main), target(main));
      for (const c of oldChunks) {
        try {
          retire(c);
        } catch {
          // An orphan chunk no manifest names: harmless, the app never loads it.
        }
      }
      return;
    }
    retire(main);
    for (const c of oldChunks) retire(c);
    for (const name of names) {
      retire(name); // a stray file of that name, not named by the old manifest
      move(join(stage, name), target(name));
    }
  } catch (e) {
    for (const step of undo.reverse()) {
      try {
        step();
      } catch {
        // Keep undoing the others.
      }
    }
    const code = (e as NodeJS.ErrnoException).code;
    throw new OutputError(`the corpus could not be moved into ${outDir} (${code ?? (e instanceof Error ? e.message : 'error')}): the folder is as it was`);
  }
}

/** A path for messages: relative to the working folder when shorter. */
export function shown(path: string): string {
  const r = relative(process.cwd(), path);
  return r !== '' && r.length < path.length ? r : path;
}
