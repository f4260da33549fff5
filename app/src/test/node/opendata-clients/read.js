// Reads the running Miasto server with third-party clients and prints what they saw as one JSON object:
// CKAN's own JavaScript client (package "ckan": POSTs to /api/3/action/...) and the JSON-stat JavaScript
// Toolkit (package "jsonstat-toolkit"), which decodes a JSON-stat file into a table.
// Usage: node read.js BASE_URL DATASET_ID
const CKAN = require('ckan');
const JSONstat = require('jsonstat-toolkit');

const [base, id] = process.argv.slice(2);
const client = new CKAN.Client(base);
const action = (name, data) => new Promise(resolve =>
  client.action(name, data, (err, body) => resolve({ err: err ? String(err) : null, body })));

(async () => {
  const out = {};
  out.list = await action('package_list', {});
  out.show = await action('package_show', { id });
  out.search = await action('package_search', { q: id, rows: 5 });
  out.missing = await action('package_show', { id: 'no-such-dataset' });
  out.badRows = await action('package_search', { q: '', rows: 'many' });
  const res = out.show.body && out.show.body.result && out.show.body.result.resources
    .find(r => r.url.endsWith('.jsonstat.json'));
  if (res) {
    const ds = JSONstat(await (await fetch(res.url)).json());
    out.jsonstat = { class: ds.class, id: ds.id, size: ds.size, table: ds.toTable({ type: 'arrobj', content: 'id' }) };
  }
  process.stdout.write(JSON.stringify(out));
})().catch(e => { console.error(e); process.exit(1); });
