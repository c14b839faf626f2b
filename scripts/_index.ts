import { writeSearchIndex } from "../src/build/search-index.ts";
await writeSearchIndex(process.argv[2]!);
