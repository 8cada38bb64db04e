import type { QuizItem } from '../schema.js';

/**
 * The built-in question bank: a lazy chunk of its own, loaded only when a quiz plays it.
 *
 * Every item comes from a statement in `myth_fact_statements.json` (the compiled fixture of
 * attributed myth/fact wording; `BANK_ORIGINS` names the entry) and links the page where that
 * wording was read. Indonesian sources (Kemenkes, Riskesdas, Perhimpunan Jiwa Sehat, Seribu Tujuan)
 * come first. Figures are the sources' own, with their country and year; none is ours. Where a
 * source is in one language, the other text is our faithful translation and `translatedFrom`
 * says which language the source used. See docs/quiz.md before adding an item.
 */
const kemenkesSuara = {
  label: {
    id: 'Kementerian Kesehatan RI, dikutip Suara Surabaya (30 Juni 2025)',
    en: 'Indonesian Ministry of Health, as reported by Suara Surabaya (30 June 2025)',
  },
  url: 'https://www.suarasurabaya.net/?p=825811',
};
const riskesdas = {
  label: {
    id: 'Riskesdas 2013 (Kemenkes), dikutip IDN Times',
    en: 'Riskesdas 2013 (Indonesian Ministry of Health), as cited by IDN Times',
  },
  url: 'https://www.idntimes.com/science/discovery/apa-itu-odgj-5-hal-penting-ini-perlu-kamu-tahu-tentang-gangguannya-01-wj9ny-csp2nb/amp',
};
const seribuTujuan = {
  label: {
    id: 'Seribu Tujuan — Mitos dan Fakta',
    en: 'Seribu Tujuan (Indonesian mental-health organisation) — Myths and facts',
  },
  url: 'https://www.seributujuan.id/mitos-dan-fakta',
};
const timeToChange = {
  label: {
    id: 'Time to Change (Inggris), dikutip NHS Hampshire',
    en: 'Time to Change (England), as quoted by NHS Hampshire',
  },
  url: 'https://www.hampshiresouthamptonandisleofwightccg.nhs.uk/your-health/your-local-services/local-mental-health-services-north-hampshire',
};
const mentalHealthGov = {
  label: {
    id: 'MentalHealth.gov (Amerika Serikat), dikutip Mindline Singapura',
    en: 'MentalHealth.gov (United States), as quoted by Mindline Singapore',
  },
  url: 'https://www.mindline.sg/youth/article/mental-health-myths-and-facts?type=interest',
};
const whoFacts = {
  label: {
    id: 'WHO — Facts in pictures: Mental health (8 Juli 2022)',
    en: 'WHO — Facts in pictures: Mental health (8 July 2022)',
  },
  url: 'https://test-cms.who.int/news-room/facts-in-pictures/detail/mental-health',
};

export const BUILT_IN_BANK: readonly QuizItem[] = [
  {
    id: 'sebaya-weak-faith',
    statement: {
      id: 'Gangguan jiwa terjadi karena iman yang lemah.',
      en: 'Mental illness happens because of weak faith.',
    },
    answer: false,
    explanation: {
      id: 'Gangguan jiwa bisa dialami oleh siapa pun. Seperti penyakit fisik, gangguan ini tidak memandang kecerdasan, status sosial, atau tingkat spiritualitas. Penyebabnya kompleks: faktor biologis seperti aktivitas sel dan kimia otak, tekanan psikologis akibat trauma, hingga pengaruh lingkungan sosial.',
      en: 'Anyone can develop a mental illness. Like a physical illness, it does not depend on intelligence, social status or how spiritual a person is. The causes are complex: biological factors such as brain-cell activity and brain chemistry, psychological stress from trauma, and the social environment.',
    },
    source: kemenkesSuara,
    translatedFrom: 'id',
    tags: ['local', 'causes', 'faith'],
  },
  {
    id: 'sebaya-possession',
    statement: {
      id: 'Orang dengan gangguan jiwa sedang kerasukan roh jahat, jadi yang bisa menolong hanyalah dukun.',
      en: 'A person with a mental illness is possessed by an evil spirit, so only a dukun (traditional healer) can help.',
    },
    answer: false,
    explanation: {
      id: 'Kementerian Kesehatan menyebut anggapan bahwa gangguan jiwa disebabkan hal mistis atau roh jahat sebagai mitos. Penyebabnya adalah gabungan faktor biologis, tekanan psikologis, dan lingkungan sosial — dan banyak orang pulih dengan pengobatan serta pendampingan yang tepat.',
      en: 'The Ministry of Health lists the belief that mental illness is caused by mystical forces or evil spirits as a myth. The causes are a mix of biological factors, psychological stress and the social environment — and many people recover with the right treatment and support.',
    },
    source: kemenkesSuara,
    translatedFrom: 'id',
    tags: ['local', 'causes', 'possession'],
  },
  {
    id: 'sebaya-dangerous',
    statement: {
      id: 'ODGJ (orang dengan gangguan jiwa) adalah orang yang berbahaya.',
      en: 'People with mental illness (ODGJ) are dangerous.',
    },
    answer: false,
    explanation: {
      id: 'Sebagian besar ODGJ lebih rentan menjadi korban kekerasan daripada pelaku.',
      en: 'Most people with mental illness are more likely to be victims of violence than perpetrators.',
    },
    source: kemenkesSuara,
    translatedFrom: 'id',
    tags: ['local', 'violence'],
  },
  {
    id: 'sebaya-victims',
    statement: {
      id: 'Orang dengan gangguan jiwa lebih mungkin menjadi korban kekerasan daripada pelaku kekerasan.',
      en: 'People with mental illness are more likely to be victims of violence than to commit it.',
    },
    answer: true,
    explanation: {
      id: '“Orang dengan gangguan jiwa itu justru lebih besar kemungkinannya menjadi korban kekerasan daripada pelaku kekerasan,” kata Yeni Rosa Damayanti, Ketua Umum Perhimpunan Jiwa Sehat Indonesia (2019).',
      en: '“People with mental illness are in fact more likely to be victims of violence than perpetrators,” said Yeni Rosa Damayanti, chair of Perhimpunan Jiwa Sehat Indonesia (the Indonesian Mental Health Association), in 2019.',
    },
    source: {
      label: { id: 'detikHealth, 11 Oktober 2019', en: 'detikHealth, 11 October 2019' },
      url: 'https://health.detik.com/berita-detikhealth/d-4743326/tak-lantas-jadi-orang-jahat-pengidap-gangguan-jiwa-memang-sering-tersakiti',
    },
    translatedFrom: 'id',
    tags: ['local', 'violence'],
  },
  {
    id: 'sebaya-never-recover',
    statement: { id: 'ODGJ tidak dapat sembuh.', en: 'People with mental illness cannot recover.' },
    answer: false,
    explanation: {
      id: 'Banyak ODGJ mampu pulih dan menjalani kehidupan yang produktif dengan pengobatan serta pendampingan yang tepat.',
      en: 'Many people with mental illness recover and lead productive lives with the right treatment and support.',
    },
    source: {
      label: {
        id: 'Kementerian Kesehatan RI, dikutip Medan Aktual',
        en: 'Indonesian Ministry of Health, as reported by Medan Aktual',
      },
      url: 'https://medanaktual.com/mitos-dan-stigma-odgj-yang-masih-salah-dipahami',
    },
    translatedFrom: 'id',
    tags: ['local', 'recovery'],
  },
  {
    id: 'sebaya-pasung-past',
    statement: {
      id: 'Pemasungan orang dengan gangguan jiwa sudah tidak terjadi di Indonesia.',
      en: 'People with mental illness are no longer shackled (pasung) in Indonesia.',
    },
    answer: false,
    explanation: {
      id: 'Riset Kesehatan Dasar (Riskesdas) 2013 mencatat prevalensi gangguan jiwa berat (misalnya skizofrenia) 1,7 per 1.000 penduduk, dan 14,3% di antaranya — sekitar 57.000 orang — pernah atau sedang dipasung.',
      en: 'The 2013 Basic Health Research survey (Riskesdas) found severe mental illness (such as schizophrenia) in 1.7 per 1,000 people, and 14.3% of them — about 57,000 people — had been or were being shackled.',
    },
    source: riskesdas,
    translatedFrom: 'id',
    tags: ['local', 'pasung'],
  },
  {
    id: 'sebaya-pasung-where',
    prompt: {
      id: 'Menurut Riskesdas 2013, di mana pemasungan orang dengan gangguan jiwa berat lebih sering terjadi?',
      en: 'According to Riskesdas 2013, where was shackling (pasung) of people with severe mental illness more common?',
    },
    options: [
      { id: 'rural', text: { id: 'Di perdesaan', en: 'In rural areas' }, correct: true },
      { id: 'urban', text: { id: 'Di perkotaan', en: 'In towns and cities' } },
      { id: 'same', text: { id: 'Sama saja', en: 'Equally in both' } },
    ],
    explanation: {
      id: 'Angka pemasungan di perdesaan 18,2%, di perkotaan 10,7%.',
      en: 'The rate of shackling was 18.2% in rural areas and 10.7% in urban areas.',
    },
    source: riskesdas,
    translatedFrom: 'id',
    tags: ['local', 'pasung'],
  },
  {
    id: 'sebaya-weak-character',
    statement: {
      id: 'Masalah kesehatan mental disebabkan oleh karakter atau kepribadian yang lemah.',
      en: 'Mental health problems are caused by a weak character or personality.',
    },
    answer: false,
    explanation: {
      id: 'Banyak faktor yang dapat berkontribusi pada munculnya masalah kesehatan mental, termasuk faktor biologis, pengalaman hidup yang traumatis, dan penyakit fisik.',
      en: 'Many factors can contribute to mental health problems, including biological factors, traumatic life experiences and physical illness.',
    },
    source: seribuTujuan,
    translatedFrom: 'id',
    tags: ['local', 'causes'],
  },
  {
    id: 'sebaya-causes',
    prompt: {
      id: 'Mana saja yang dapat berkontribusi pada munculnya masalah kesehatan mental?',
      en: 'Which of these can contribute to mental health problems?',
    },
    options: [
      { id: 'biology', text: { id: 'Faktor biologis', en: 'Biological factors' }, correct: true },
      {
        id: 'trauma',
        text: { id: 'Pengalaman hidup yang traumatis', en: 'Traumatic life experiences' },
        correct: true,
      },
      { id: 'illness', text: { id: 'Penyakit fisik', en: 'Physical illness' }, correct: true },
      { id: 'faith', text: { id: 'Iman yang lemah', en: 'Weak faith' } },
    ],
    explanation: {
      id: 'Faktor biologis, pengalaman hidup yang traumatis, dan penyakit fisik dapat berkontribusi. Iman yang lemah bukan penyebab: menurut Kementerian Kesehatan, gangguan jiwa tidak memandang tingkat spiritualitas seseorang.',
      en: 'Biological factors, traumatic life experiences and physical illness can all contribute. Weak faith is not a cause: according to the Ministry of Health, mental illness does not depend on how spiritual a person is.',
    },
    source: seribuTujuan,
    translatedFrom: 'id',
    tags: ['local', 'causes', 'faith'],
  },
  {
    id: 'sebaya-rare',
    statement: { id: 'Masalah kesehatan mental sangat jarang terjadi.', en: 'Mental health problems are very rare.' },
    answer: false,
    explanation: {
      id: 'Menurut kampanye Time to Change di Inggris, 1 dari 4 orang akan mengalami masalah kesehatan mental dalam satu tahun. Angka ini berasal dari Inggris Raya.',
      en: 'According to the Time to Change campaign in England, 1 in 4 people will experience a mental health problem in any given year. This figure is from the United Kingdom.',
    },
    source: {
      label: {
        id: 'Time to Change, dikutip Pemerintah Isle of Man',
        en: 'Time to Change, as quoted by the Isle of Man Government',
      },
      url: 'https://www.gov.im/categories/health-and-wellbeing/mental-health-and-wellbeing/mental-health-information/myths-and-facts/',
    },
    translatedFrom: 'en',
    tags: ['international', 'common'],
  },
  {
    id: 'sebaya-work',
    statement: {
      id: 'Orang dengan gangguan jiwa tidak mampu bekerja.',
      en: 'People with mental illness aren’t able to work.',
    },
    answer: false,
    explanation: {
      id: 'Kemungkinan besar kita semua bekerja bersama seseorang yang sedang mengalami masalah kesehatan mental.',
      en: 'We probably all work with someone experiencing a mental health problem.',
    },
    source: timeToChange,
    translatedFrom: 'en',
    tags: ['international', 'work'],
  },
  {
    id: 'sebaya-puberty',
    statement: {
      id: 'Anak muda hanya mengalami naik-turun perasaan karena masa pubertas; itu bukan apa-apa.',
      en: 'Young people just go through ups and downs as part of puberty; it’s nothing.',
    },
    answer: false,
    explanation: {
      id: 'Menurut Time to Change, 1 dari 10 anak muda akan mengalami masalah kesehatan mental. Angka ini berasal dari Inggris Raya.',
      en: 'According to Time to Change, 1 in 10 young people will experience a mental health problem. This figure is from the United Kingdom.',
    },
    source: timeToChange,
    translatedFrom: 'en',
    tags: ['international', 'young-people'],
  },
  {
    id: 'sebaya-children',
    statement: {
      id: 'Anak-anak tidak mengalami masalah kesehatan mental.',
      en: 'Children don’t experience mental health problems.',
    },
    answer: false,
    explanation: {
      id: 'Anak yang masih sangat kecil pun bisa menunjukkan tanda awal masalah kesehatan mental. Separuh gangguan kesehatan mental menunjukkan tanda pertama sebelum usia 14 tahun, dan tiga perempatnya bermula sebelum usia 24 tahun (MentalHealth.gov, Amerika Serikat).',
      en: 'Even very young children may show early warning signs of mental health concerns. Half of all mental health disorders show first signs before a person turns 14, and three quarters begin before age 24 (MentalHealth.gov, United States).',
    },
    source: mentalHealthGov,
    translatedFrom: 'en',
    tags: ['international', 'young-people'],
  },
  {
    id: 'sebaya-snap-out',
    statement: {
      id: 'Orang dengan masalah kesehatan mental bisa sembuh sendiri asal berusaha cukup keras.',
      en: 'People with mental health problems can snap out of it if they try hard enough.',
    },
    answer: false,
    explanation: {
      id: 'Masalah kesehatan mental tidak ada hubungannya dengan malas atau lemah, dan banyak orang membutuhkan bantuan untuk menjadi lebih baik.',
      en: 'Mental health problems have nothing to do with being lazy or weak, and many people need help to get better.',
    },
    source: mentalHealthGov,
    translatedFrom: 'en',
    tags: ['international', 'causes'],
  },
  {
    id: 'sebaya-no-hope',
    statement: {
      id: 'Tidak ada harapan bagi orang dengan masalah kesehatan mental.',
      en: 'There is no hope for people with mental health problems.',
    },
    answer: false,
    explanation: {
      id: 'Penelitian menunjukkan bahwa orang dengan masalah kesehatan mental bisa membaik, dan banyak yang pulih sepenuhnya.',
      en: 'Studies show that people with mental health problems get better, and many recover completely.',
    },
    source: mentalHealthGov,
    translatedFrom: 'en',
    tags: ['international', 'recovery'],
  },
  {
    id: 'sebaya-prevention',
    statement: {
      id: 'Pencegahan masalah kesehatan mental tidak ada gunanya.',
      en: 'Preventing mental health problems doesn’t work.',
    },
    answer: false,
    explanation: {
      id: 'Pencegahan gangguan mental, emosional, dan perilaku berfokus pada faktor risiko yang sudah dikenal, seperti paparan trauma, yang memengaruhi kemungkinan anak, remaja, dan dewasa muda mengalami masalah kesehatan mental.',
      en: 'Prevention of mental, emotional and behavioural disorders focuses on known risk factors, such as exposure to trauma, that affect the chances that children, youth and young adults will develop mental health problems.',
    },
    source: mentalHealthGov,
    translatedFrom: 'en',
    tags: ['international', 'prevention'],
  },
  {
    id: 'sebaya-help-strength',
    statement: {
      id: 'Mencari bantuan untuk masalah kesehatan mental adalah tanda kekuatan.',
      en: 'Getting help for a mental health problem is a sign of strength.',
    },
    answer: true,
    explanation: {
      id: 'Kesehatan mental yang buruk bukan tanda kelemahan pribadi; justru mencari bantuan adalah tanda kekuatan.',
      en: 'Poor mental health is not a sign of personal weakness; getting help is a sign of strength.',
    },
    source: {
      label: {
        id: 'Diadaptasi dari MentalHealth.gov, dikutip Improving NJ',
        en: 'Adapted from MentalHealth.gov, as quoted by Improving NJ',
      },
      url: 'http://improvingnj.org/wordpress/facts-about-mental-illness/',
    },
    translatedFrom: 'en',
    tags: ['international', 'help'],
  },
  {
    id: 'sebaya-my-fault',
    statement: {
      id: 'Kalau saya mengalami gangguan jiwa, itu salah saya sendiri.',
      en: 'If I have a mental illness, it is my own fault.',
    },
    answer: false,
    explanation: {
      id: 'Gangguan jiwa bukan kesalahan siapa pun. Sama seperti orang tidak memilih untuk terkena diabetes atau kanker, orang juga tidak memilih untuk mengalami gangguan jiwa.',
      en: 'Mental illness is not anyone’s fault. Just as people do not choose to have diabetes or cancer, people do not choose to have a mental illness.',
    },
    source: {
      label: {
        id: 'National Association of School Psychologists (Amerika Serikat)',
        en: 'National Association of School Psychologists (United States)',
      },
      url: 'http://www.nasponline.org/resources/mental-health/Facts-and-Myths-About-Mental-Health.aspx',
    },
    translatedFrom: 'en',
    tags: ['international', 'causes'],
  },
  {
    id: 'sebaya-treatable',
    statement: {
      id: 'Sebagian besar gangguan jiwa dapat diobati secara efektif.',
      en: 'Effective treatment is possible for most mental disorders.',
    },
    answer: true,
    explanation: {
      id: 'Menurut WHO, gangguan jiwa itu umum dan menimbulkan beban besar, dan pengobatan yang efektif untuk sebagian besar gangguan jiwa itu mungkin.',
      en: 'According to WHO, mental disorders are common and cause a large burden, and effective treatment of most mental disorders is possible.',
    },
    source: {
      label: { id: 'WHO — halaman advokasi kesehatan jiwa', en: 'WHO — mental health advocacy page' },
      url: 'http://who.int/mental_health/advocacy/en/',
    },
    translatedFrom: 'en',
    tags: ['international', 'recovery'],
  },
  {
    id: 'sebaya-stigma-delays',
    statement: {
      id: 'Stigma dan diskriminasi dapat membuat orang enggan mencari bantuan.',
      en: 'Stigma and discrimination can stop people from seeking help.',
    },
    answer: true,
    explanation: {
      id: 'Stigma dan diskriminasi menghalangi orang mencari bantuan: ini dapat menunda pengobatan dan menghambat pemulihan.',
      en: 'Stigma and discrimination prevent people from seeking help: this can delay treatment and impair recovery.',
    },
    source: {
      label: {
        id: 'Time to Change — Why attitudes to mental health matter',
        en: 'Time to Change — Why attitudes to mental health matter',
      },
      url: 'https://www.time-to-change.org.uk/why-attitudes-mental-health-matter',
    },
    translatedFrom: 'en',
    tags: ['international', 'stigma'],
  },
  {
    id: 'sebaya-discrimination',
    statement: {
      id: 'Orang dengan masalah kesehatan mental tidak mengalami diskriminasi.',
      en: 'People with mental health problems don’t experience discrimination.',
    },
    answer: false,
    explanation: {
      id: 'Dalam survei Time to Change di Inggris, 9 dari 10 orang dengan masalah kesehatan mental mengalami stigma dan diskriminasi.',
      en: 'In a Time to Change survey in England, 9 out of 10 people with mental health problems experienced stigma and discrimination.',
    },
    source: timeToChange,
    translatedFrom: 'en',
    tags: ['international', 'stigma'],
  },
  {
    id: 'sebaya-adolescents',
    prompt: {
      id: 'Menurut WHO, kira-kira berapa banyak remaja di dunia yang mengalami gangguan jiwa?',
      en: 'According to WHO, about how many of the world’s adolescents have a mental disorder?',
    },
    options: [
      { id: '1-in-7', text: { id: 'Sekitar 1 dari 7', en: 'Around 1 in 7' }, correct: true },
      { id: '1-in-100', text: { id: 'Sekitar 1 dari 100', en: 'Around 1 in 100' } },
      { id: '1-in-1000', text: { id: 'Sekitar 1 dari 1.000', en: 'Around 1 in 1,000' } },
    ],
    explanation: {
      id: 'Sekitar 1 dari 7 remaja di dunia mengalami gangguan jiwa (WHO, 2022).',
      en: 'Around 1 in 7 of the world’s adolescents have a mental disorder (WHO, 2022).',
    },
    source: whoFacts,
    translatedFrom: 'en',
    tags: ['international', 'young-people'],
  },
];
