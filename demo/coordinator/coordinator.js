// DEMO ONLY: the two buttons of the demo's coordinator page. They hand <sebaya-inbox> the demo's
// public key file and credential (both served only under /demo-coordinator/), as a coordinator
// would with the "Open the private key file" field and the credential form.
import { DEMO_CREDENTIAL } from './demo-credential.mjs';

const inbox = document.querySelector('sebaya-inbox');
const status = document.getElementById('demo-status');
const say = (text) => {
  if (status) status.textContent = text;
};

document.getElementById('demo-key')?.addEventListener('click', async () => {
  try {
    const res = await fetch('/demo-coordinator/demo-private-key.json', { cache: 'no-store' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    await customElements.whenDefined('sebaya-inbox');
    await inbox.importKeyFile(await res.blob());
    say('Kunci demo dimuat. (Demo key loaded.)');
  } catch (err) {
    console.error('[demo] the demo key could not be loaded', err);
    say('Kunci demo tidak bisa dimuat. (The demo key could not be loaded.)');
  }
});

document.getElementById('demo-credential')?.addEventListener('click', async () => {
  await customElements.whenDefined('sebaya-inbox');
  await inbox.signIn(DEMO_CREDENTIAL, false);
  say('Kredensial demo dipakai untuk sesi ini. (Demo credential used for this session.)');
});
