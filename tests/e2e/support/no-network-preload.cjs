// Loaded with `node --require` into the browser-mode server during the no-network tour. Any attempt
// to open an outgoing connection or resolve a name is recorded in $SOMEDAY_NETWORK_LOG and refused.
// The server only ever accepts connections on 127.0.0.1, so the log must stay empty.
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');

const log = process.env.SOMEDAY_NETWORK_LOG;
function refuse(what) {
  if (log) fs.appendFileSync(log, `${what}\n`);
  throw new Error(`Someday must not use the network (${what}).`);
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  refuse(`connect ${JSON.stringify(args[0]).slice(0, 200)}`);
  return connect.apply(this, args);
};
// listen(port, '127.0.0.1') passes the literal address through dns.lookup, which answers it without
// asking any resolver; that one case is let through.
const LOOPBACK_LITERALS = new Set(['127.0.0.1', '::1']);
const lookup = dns.lookup;
dns.lookup = (host, ...rest) =>
  LOOPBACK_LITERALS.has(host) ? lookup(host, ...rest) : refuse(`dns.lookup ${String(host).slice(0, 200)}`);
for (const name of ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
  dns[name] = (...args) => refuse(`dns.${name} ${String(args[0]).slice(0, 200)}`);
}
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
  dns.promises[name] = async (...args) => refuse(`dns.promises.${name} ${String(args[0]).slice(0, 200)}`);
}
if (typeof globalThis.fetch === 'function') {
  globalThis.fetch = async (input) => refuse(`fetch ${String(input).slice(0, 200)}`);
}
