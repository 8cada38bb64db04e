// The demo site's own script (not part of Sebaya): a language switch for the whole page, and the
// elements each later issue adds placed into their slots. Sebaya elements follow <html lang>.
const TEXT = {
  en: {
    skip: 'Skip to content',
    brand: 'Ngunut Village',
    nav: 'Main menu',
    'nav.events': 'Activities',
    'nav.support': 'Ask for support',
    'nav.quiz': 'Myth or fact quiz',
    'nav.directory': 'Where to get help',
    title: 'Community Mental Health Team (TPKJM)',
    lead: 'The village government, the Puskesmas health centre and community leaders of Ngunut work together to support neighbours who are struggling with their mental health: peer-support groups, a monthly mental-health post (posyandu jiwa), and volunteers trained in psychological first aid.',
    'events.title': 'Activities',
    'events.lead': 'Peer-support groups, the mental-health post and arts festivals against stigma. All open and free.',
    'support.title': 'Ask for support without giving your name',
    'support.lead': 'Tell us what you are going through. Our team will read it and reach you the way you choose.',
    'quiz.title': 'Myth or fact?',
    'quiz.lead': 'Stigma keeps people from asking for help. Test what you know — and share it with your neighbours.',
    'directory.title': 'Where to get help',
    'crisis.title': 'In an emergency',
    footer: 'TPKJM Ngunut Village · Playen District, Gunungkidul Regency, Special Region of Yogyakarta',
    'footer.privacy': 'This site uses no cookies and does not track visitors.',
    'footer.coordinator': 'Coordinator page (DEMO: the team inbox, with the demo key)',
    'footer.builder': 'Config builder: put sebaya.json together without writing JSON',
  },
};

const original = new Map();
for (const el of document.querySelectorAll('[data-i18n]')) original.set(el, el.textContent);
const nav = document.querySelector('[data-i18n-label]');
const navLabel = nav?.getAttribute('aria-label');

function setLanguage(lang) {
  document.documentElement.lang = lang;
  for (const [el, id] of original) {
    const key = el.getAttribute('data-i18n');
    el.textContent = lang === 'id' ? id : (TEXT[lang]?.[key] ?? id);
  }
  if (nav) nav.setAttribute('aria-label', lang === 'id' ? navLabel : TEXT[lang].nav);
  for (const b of document.querySelectorAll('[data-lang]'))
    b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang));
}
if (new URLSearchParams(location.search).get('lang') === 'en') setLanguage('en');
