/**
 * The parts of Eleventy and Eleventy Image this project uses. Neither package ships
 * TypeScript declarations.
 */
declare module "@11ty/eleventy" {
  export interface EleventyEvent {
    directories: { input: string; output: string };
    runMode: "build" | "watch" | "serve";
    outputMode: string;
  }

  export interface UserConfig {
    directories: { input: string; output: string };
    addGlobalData(name: string, data: unknown): void;
    addExtension(
      extensions: string | string[],
      options: { key: string; compile?: () => (this: { defaultRenderer(data: unknown): Promise<unknown> }, data: unknown) => Promise<string> },
    ): void;
    addTemplateFormats(formats: string): void;
    /** A template with no file: its path, and for `11ty.js`, the module itself. */
    addTemplate(path: string, content: unknown, data?: Record<string, unknown>): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addWatchTarget(path: string, options?: { resetConfig?: boolean }): void;
    setServerOptions(options: Record<string, unknown>): void;
    setQuietMode(quiet: boolean): void;
    on(event: "eleventy.before" | "eleventy.after", listener: (event: EleventyEvent) => unknown): void;
    on(event: "eleventy.beforeWatch", listener: (changedFiles: string[]) => unknown): void;
  }

  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: {
        /** `false`: no configuration file, only `config`. */
        configPath?: string | false;
        config?: (config: UserConfig) => void | Promise<void>;
        quietMode?: boolean;
        runMode?: string;
      },
    );
    write(): Promise<unknown>;
  }
}

declare module "@11ty/eleventy-img" {
  export interface ImageEntry {
    format: string;
    width: number;
    height: number;
    url: string;
    srcset: string;
    filename: string;
    outputPath: string;
    size: number;
    sourceType: string;
  }
  export type ImageMetadata = Record<string, ImageEntry[]>;
  export interface ImageOptions {
    widths?: (number | "auto" | null)[];
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
    sharpJpegOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    filenameFormat?: (id: string, src: string, width: number, format: string) => string;
  }
  export default function Image(src: string, options?: ImageOptions): Promise<ImageMetadata>;
}
