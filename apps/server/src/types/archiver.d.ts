// The part of archiver 5 the server uses (the package ships no types).
declare module 'archiver' {
  import type { Readable, Transform } from 'node:stream';

  export type EntryData = { name: string; date?: Date; store?: boolean };
  export type ArchiverOptions = { zlib?: { level?: number }; forceZip64?: boolean; store?: boolean };
  export type ArchiverError = Error & { code: string; data?: unknown };

  export interface Archiver extends Transform {
    append(source: Readable | Buffer | string, data: EntryData): this;
    finalize(): Promise<void>;
    abort(): this;
    pointer(): number;
    on(event: 'entry', listener: (entry: EntryData) => void): this;
    on(event: 'warning' | 'error', listener: (error: ArchiverError) => void): this;
    on(event: string | symbol, listener: (...args: unknown[]) => void): this;
  }

  export default function archiver(format: 'zip', options?: ArchiverOptions): Archiver;
}
