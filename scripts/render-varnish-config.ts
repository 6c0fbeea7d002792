/*
 * `npm run varnish:config -- --backend 10.0.0.21:3001 [--backend …] [--purger <address|CIDR> …]
 * [--tls-edge <address|CIDR> …] [--out FILE]`: the cache tier's VCL for these app processes, printed
 * or written to --out (see deploy/README.md).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderVcl } from '../deploy/varnish/renderVcl';

const USAGE =
  'Usage: npm run -s varnish:config -- --backend <host:port> [--backend …] [--purger <address|CIDR> …] [--tls-edge <address|CIDR> …] [--out FILE]\n' +
  '  --backend   an app process (one per process; at least one)\n' +
  '  --purger    who may purge (default: the backends’ hosts)\n' +
  '  --tls-edge  the TLS edge in front, whose forwarded headers are believed (default: none)\n' +
  '  --out       write the file there (beside it first, then renamed) instead of printing it';

let vcl: string;
let out: string | undefined;
try {
  const { values } = parseArgs({
    options: {
      backend: { type: 'string', multiple: true, default: [] },
      purger: { type: 'string', multiple: true },
      'tls-edge': { type: 'string', multiple: true, default: [] },
      out: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  vcl = renderVcl({ backends: values.backend, purgers: values.purger, tlsEdges: values['tls-edge'] });
  out = values.out;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(USAGE);
  process.exit(2);
}
if (out === undefined) {
  process.stdout.write(vcl);
} else {
  // Written beside and renamed into place, so a reload never reads half a file.
  writeFileSync(`${out}.new`, vcl);
  renameSync(`${out}.new`, out);
  console.log(`Wrote ${out}. Check it with: varnishd -C -f ${out} > /dev/null`);
}
