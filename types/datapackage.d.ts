// Frictionless's JavaScript library (frictionlessdata/datapackage-js) ships no types: the part
// of its API the tests use, as its README documents it.
declare module 'datapackage' {
  interface ValidationError {
    message: string;
  }

  export class Resource {
    readonly name: string;
    readonly descriptor: Record<string, unknown>;
    /** Reads every row; with `cast`, checks the header against the schema and casts every cell. */
    read(options?: { keyed?: boolean; cast?: boolean }): Promise<unknown[]>;
  }

  export class Package {
    /** With `strict`, a descriptor that fails its profile is an error, not a package. */
    static load(descriptor: string | object, basePath?: string, strict?: boolean): Promise<Package>;
    readonly valid: boolean;
    readonly errors: ValidationError[];
    readonly descriptor: Record<string, unknown>;
    readonly resources: Resource[];
  }
}
