/*
 * `npm run nginx:config -- --upstream 127.0.0.1:3001 --prefix /var/lib/nation-express-nginx ...`:
 * the complete nginx.conf for these app processes, printed or written to --out (see deploy/README.md).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { NGINX_CONFIG_USAGE, readNginxConfigArguments } from '../deploy/nginx/configArguments';
import { renderNginxConfig } from '../deploy/nginx/renderConfig';

let config: string;
let out: string | undefined;
let prefix: string;
try {
  const command = readNginxConfigArguments(process.argv.slice(2));
  config = renderNginxConfig(command.options);
  out = command.out;
  prefix = command.options.prefix;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(NGINX_CONFIG_USAGE);
  process.exit(2);
}
if (out === undefined) {
  process.stdout.write(config);
} else {
  // Written beside and renamed into place, so a reload never reads half a file.
  writeFileSync(`${out}.new`, config);
  renameSync(`${out}.new`, out);
  console.log(`Wrote ${out}. Check it with: nginx -t -c ${out} -p ${prefix}`);
}
