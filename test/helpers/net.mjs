// @ts-check
/** Loopback ports for the servers the tests start (PHP, MariaDB, PostgreSQL, `sebaya serve`). */
import { connect, createServer } from 'node:net';

/** A free TCP port on 127.0.0.1. @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Whether something listens on 127.0.0.1:`port`. @param {number} port @returns {Promise<boolean>} */
export const listening = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
