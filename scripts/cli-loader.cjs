#!/usr/bin/env node
// The package's command (scripts/pack-cli.mjs writes it as dist/kube-field-guide.js, CORE_HASH filled in):
// runs the bundle, dist/core.js, through V8's code cache. Compiling the megabyte of the bundle is about a
// third of what a run spends on its own code before a small file's first check, and Node 20 has no
// compile cache of its own (module.enableCompileCache came in 22.1). The first run writes what V8
// compiled, the functions that run used included, next to the bundle when that folder is writable; later
// runs hand it to V8, which checks it against its own version and flags and recompiles when they differ
// (then the file is written anew). V8 checks a cache only against the source's length, so the file's name
// carries the bundle's hash: a cache is never used for other code than it was made from.
'use strict';
const { accessSync, constants, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

const CORE_HASH = '__CORE_HASH__';
const core = join(__dirname, 'core.js');
const cacheFile = join(__dirname, `.core-${CORE_HASH}-${process.versions.v8}-${process.arch}.cache`);
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // no cache yet, or none can be read: compile as Node would
}
// the wrapper Node puts around a CommonJS module, on the bundle's first line so its lines keep their numbers
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(core, 'utf8')}\n})`, { filename: core, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  process.once('exit', () => {
    try {
      accessSync(__dirname, constants.W_OK);
      // written aside and renamed: runs at the same moment never read half a file
      const partial = `${cacheFile}.${process.pid}`;
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, cacheFile);
    } catch {
      // a read-only install runs without the cache
    }
  });
}
script.runInThisContext()(module.exports, require, module, core, __dirname);
