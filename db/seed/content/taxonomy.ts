import type { SeedAuthor, SeedSection, SeedTag } from "../types";

export const sections: SeedSection[] = [
  {
    slug: "security",
    name: { en: "Security", be: "Бяспека", ru: "Безопасность" },
    description: {
      en: "Defence policy, the armed forces, military cooperation and regional security.",
      be: "Абаронная палітыка, узброеныя сілы, вайсковае супрацоўніцтва і рэгіянальная бяспека.",
      ru: "Оборонная политика, вооружённые силы, военное сотрудничество и региональная безопасность.",
    },
  },
  {
    slug: "domestic-politics",
    name: { en: "Domestic politics", be: "Унутраная палітыка", ru: "Внутренняя политика" },
    description: {
      en: "Institutions, elections, the state apparatus and civil society.",
      be: "Інстытуты, выбары, дзяржаўны апарат і грамадзянская супольнасць.",
      ru: "Институты, выборы, государственный аппарат и гражданское общество.",
    },
  },
  {
    slug: "economy",
    name: { en: "Economy", be: "Эканоміка", ru: "Экономика" },
    description: {
      en: "Growth, prices, the budget, state enterprises and the business climate.",
      be: "Рост, цэны, бюджэт, дзяржаўныя прадпрыемствы і бізнес-клімат.",
      ru: "Рост, цены, бюджет, государственные предприятия и деловой климат.",
    },
  },
  {
    slug: "belarus-russia",
    name: { en: "Belarus–Russia", be: "Беларусь – Расія", ru: "Беларусь – Россия" },
    description: {
      en: "Integration within the Union State, energy, trade and political ties with Moscow.",
      be: "Інтэграцыя ў межах Саюзнай дзяржавы, энергетыка, гандаль і палітычныя сувязі з Масквой.",
      ru: "Интеграция в рамках Союзного государства, энергетика, торговля и политические связи с Москвой.",
    },
  },
  {
    slug: "belarus-west",
    name: { en: "Belarus–West", be: "Беларусь – Захад", ru: "Беларусь – Запад" },
    description: {
      en: "Relations with the European Union, the United States and neighbouring countries.",
      be: "Адносіны з Еўрапейскім саюзам, Злучанымі Штатамі і суседнімі краінамі.",
      ru: "Отношения с Европейским союзом, Соединёнными Штатами и соседними странами.",
    },
  },
];

export const authors: SeedAuthor[] = [
  {
    slug: "alena-kavalchuk",
    name: { en: "Alena Kavalchuk", be: "Алена Кавальчук", ru: "Алёна Ковальчук" },
    bio: {
      en: "Security analyst. Follows defence policy, military exercises and arms control in Eastern Europe.",
      be: "Аналітык па пытаннях бяспекі. Сочыць за абароннай палітыкай, вайсковымі вучэннямі і кантролем над узбраеннямі ва Усходняй Еўропе.",
      ru: "Аналитик по вопросам безопасности. Следит за оборонной политикой, военными учениями и контролем над вооружениями в Восточной Европе.",
    },
  },
  {
    slug: "pavel-hrynevich",
    name: { en: "Pavel Hrynevich", be: "Павел Грыневіч", ru: "Павел Гриневич" },
    bio: {
      en: "Political analyst. Writes about state institutions, elections and the relationship between the authorities and society.",
      be: "Палітычны аналітык. Піша пра дзяржаўныя інстытуты, выбары і адносіны ўлады з грамадствам.",
      ru: "Политический аналитик. Пишет о государственных институтах, выборах и отношениях власти и общества.",
    },
  },
  {
    slug: "maryna-lapitskaya",
    name: { en: "Maryna Lapitskaya", be: "Марына Лапіцкая", ru: "Марина Лапицкая" },
    bio: {
      en: "Economist. Covers monetary policy, public finances and the state-owned sector.",
      be: "Эканамістка. Піша пра грашова-крэдытную палітыку, дзяржаўныя фінансы і дзяржаўны сектар.",
      ru: "Экономист. Пишет о денежно-кредитной политике, государственных финансах и госсекторе.",
    },
  },
  {
    slug: "andrei-zhuk",
    name: { en: "Andrei Zhuk", be: "Андрэй Жук", ru: "Андрей Жук" },
    bio: {
      en: "Foreign policy analyst. Focuses on Minsk's relations with Moscow, Brussels, Warsaw and Vilnius.",
      be: "Аналітык знешняй палітыкі. Даследуе адносіны Мінска з Масквой, Бруселем, Варшавай і Вільнюсам.",
      ru: "Аналитик внешней политики. Исследует отношения Минска с Москвой, Брюсселем, Варшавой и Вильнюсом.",
    },
  },
  {
    slug: "volha-sidarenka",
    name: { en: "Volha Sidarenka", be: "Вольга Сідарэнка", ru: "Ольга Сидоренко" },
    bio: {
      en: "Researcher of regional development, labour migration and social policy.",
      be: "Даследчыца рэгіянальнага развіцця, працоўнай міграцыі і сацыяльнай палітыкі.",
      ru: "Исследователь регионального развития, трудовой миграции и социальной политики.",
    },
  },
];

export const tags: SeedTag[] = [
  { slug: "csto", name: { en: "CSTO", be: "АДКБ", ru: "ОДКБ" } },
  { slug: "union-state", name: { en: "Union State", be: "Саюзная дзяржава", ru: "Союзное государство" } },
  { slug: "sanctions", name: { en: "Sanctions", be: "Санкцыі", ru: "Санкции" } },
  { slug: "elections", name: { en: "Elections", be: "Выбары", ru: "Выборы" } },
  { slug: "energy", name: { en: "Energy", be: "Энергетыка", ru: "Энергетика" } },
  { slug: "inflation", name: { en: "Inflation", be: "Інфляцыя", ru: "Инфляция" } },
  { slug: "budget", name: { en: "Budget", be: "Бюджэт", ru: "Бюджет" } },
  { slug: "labour-migration", name: { en: "Labour migration", be: "Працоўная міграцыя", ru: "Трудовая миграция" } },
  { slug: "military-exercises", name: { en: "Military exercises", be: "Вайсковыя вучэнні", ru: "Военные учения" } },
  { slug: "civil-society", name: { en: "Civil society", be: "Грамадзянская супольнасць", ru: "Гражданское общество" } },
  { slug: "trade", name: { en: "Trade", be: "Гандаль", ru: "Торговля" } },
  { slug: "european-union", name: { en: "European Union", be: "Еўрапейскі саюз", ru: "Европейский союз" } },
  { slug: "china", name: { en: "China", be: "Кітай", ru: "Китай" } },
  { slug: "border", name: { en: "Border", be: "Мяжа", ru: "Граница" } },
  { slug: "political-prisoners", name: { en: "Political prisoners", be: "Палітвязні", ru: "Политзаключённые" } },
];
