-- Full-text search. Hand-written around drizzle-kit's output: extensions, the Belarusian text
-- search configuration and stemmer, and the functions the generated column and the queries use.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;--> statement-breakpoint
-- Stored article HTML as plain text (the sanitizer only emits these entities).
CREATE FUNCTION public.search_html_text(html text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN replace(replace(replace(replace(replace(replace(
  regexp_replace(html, '<[^>]*>', ' ', 'g'),
  '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&');--> statement-breakpoint
-- Belarusian has no PostgreSQL stemmer: a light suffix stripper in the manner of Snowball's
-- Russian one. The stem keeps at least one vowel; the longest known ending goes (a reflexive
-- ending first); then a stem-final і/ы/й (санкцы-і → санкц), a doubled consonant
-- (беларус-сю, вучэнн-і) and the к/ц alternation of -іка nouns (эканоміка, эканоміцы).
-- Input is lowercase with ў already folded into у.
CREATE FUNCTION public.be_stem(word text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN CASE WHEN char_length(word) < 4 OR word !~ '^[а-яёі]+$' THEN word ELSE
  regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(word,
    '^(.*?[аеёіоуыэюя].*?)(ся|цца)$', '\1'),
    '^(.*?[аеёіоуыэюя].*?)(амі|ямі|імі|ымі|ага|яга|аму|яму|ам|ям|ом|ем|ём|ах|ях|іх|ых|ай|яй|ой|ёй|ей|ую|юю|ою|аю|ею|ёю|яю|ая|яя|ое|ае|яе|ыя|ія|ым|ім|ау|яу|оу|ёу|еу|еш|эш|іш|ыш|эм|еце|эце|іце|ыце|уць|юць|аць|яць|іць|ыць|ець|а|я|о|е|ё|э|ы|і|у|ю|й|ь|(?<=[ая])(?:ць|ла|ло|лі))$', '\1'),
    '^(.*?[аеёіоуыэюя].*?[^аеёіоуыэюя])[іый]$', '\1'),
    '([^аеёіоуыэюя])\1$', '\1'),
    '([іы])ц$', '\1к')
END;--> statement-breakpoint
-- Belarusian text ready for the 'simple' parser: lowercase, ў → у (у/ў alternate after vowels),
-- apostrophes dropped (сур’ёзны), stop words removed, every word stemmed; everything between
-- words is kept, so websearch syntax (quotes, or, -) survives in queries.
CREATE FUNCTION public.be_search_text(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN (
  SELECT coalesce(string_agg(m[1] || CASE WHEN m[2] = ANY (ARRAY['а', 'абы', 'аб', 'ад', 'аднак', 'але', 'ані', 'б', 'без', 'бо', 'бы', 'быу', 'была', 'было', 'былі', 'быць', 'будзе', 'будуць', 'ва', 'вам', 'вас', 'вамі', 'вось', 'вы', 'гэта', 'гэты', 'гэтая', 'гэтае', 'гэтыя', 'гэтага', 'гэтай', 'гэтаму', 'гэтым', 'гэтых', 'гэтую', 'гэтымі', 'да', 'дзе', 'для', 'ды', 'дык', 'ён', 'ёй', 'ёю', 'ёсць', 'ж', 'жа', 'з', 'за', 'і', 'ім', 'імі', 'іх', 'й', 'каб', 'калі', 'каля', 'куды', 'ля', 'мне', 'мяне', 'мной', 'мною', 'мы', 'на', 'над', 'нам', 'нас', 'намі', 'не', 'ні', 'нібы', 'па', 'пад', 'паміж', 'перад', 'пра', 'праз', 'пры', 'са', 'сабе', 'свае', 'сваё', 'свая', 'свой', 'сваёй', 'сваіх', 'свайго', 'сваім', 'сябе', 'так', 'таксама', 'там', 'таму', 'тут', 'ты', 'табе', 'цябе', 'той', 'тая', 'тое', 'тыя', 'таго', 'тую', 'тым', 'тых', 'тымі', 'толькі', 'у', 'ужо', 'усе', 'усё', 'уся', 'увесь', 'усіх', 'усім', 'усю', 'ці', 'што', 'шта', 'як', 'які', 'якая', 'якое', 'якія', 'якога', 'якой', 'якім', 'якіх', 'якую', 'якімі', 'яго', 'яе', 'яму', 'яна', 'яно', 'яны', 'яшчэ']) THEN '' ELSE public.be_stem(m[2]) END, '' ORDER BY n), '')
  FROM regexp_matches(translate(lower(input), 'ў’ʼ''', 'у'), '([^0-9a-zß-ÿĀ-ɏЀ-ӿ]*)([0-9a-zß-ÿĀ-ɏЀ-ӿ]*)', 'g') WITH ORDINALITY AS t(m, n)
);--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION public.belarusian (COPY = pg_catalog.simple);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION public.belarusian ALTER MAPPING FOR word, hword, hword_part WITH public.unaccent, pg_catalog.simple;--> statement-breakpoint
CREATE FUNCTION public.search_document(lang public.locale, content text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN CASE lang
  WHEN 'en' THEN to_tsvector('pg_catalog.english', content)
  WHEN 'ru' THEN to_tsvector('pg_catalog.russian', content)
  WHEN 'be' THEN to_tsvector('public.belarusian', public.be_search_text(content))
  ELSE to_tsvector('pg_catalog.simple', content)
END;--> statement-breakpoint
CREATE FUNCTION public.article_search_head(lang public.locale, doc_title text, doc_lead text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN setweight(public.search_document(lang, doc_title), 'A') || setweight(public.search_document(lang, doc_lead), 'B');--> statement-breakpoint
CREATE FUNCTION public.article_search_vector(lang public.locale, doc_title text, doc_lead text, doc_body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN public.article_search_head(lang, doc_title, doc_lead)
  || setweight(public.search_document(lang, public.search_html_text(doc_body)), 'C');--> statement-breakpoint
-- A reader's query (quotes, or, -) in a language's configuration.
CREATE FUNCTION public.search_query(lang public.locale, query text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN CASE lang
  WHEN 'en' THEN websearch_to_tsquery('pg_catalog.english', query)
  WHEN 'ru' THEN websearch_to_tsquery('pg_catalog.russian', query)
  WHEN 'be' THEN websearch_to_tsquery('public.belarusian', public.be_search_text(query))
  ELSE websearch_to_tsquery('pg_catalog.simple', query)
END;--> statement-breakpoint
-- One word or name as plain terms, for rewriting a query with a name's other spellings.
CREATE FUNCTION public.search_term(lang public.locale, term text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN CASE lang
  WHEN 'en' THEN plainto_tsquery('pg_catalog.english', term)
  WHEN 'ru' THEN plainto_tsquery('pg_catalog.russian', term)
  WHEN 'be' THEN plainto_tsquery('public.belarusian', public.be_search_text(term))
  ELSE plainto_tsquery('pg_catalog.simple', term)
END;--> statement-breakpoint
-- ts_headline parses the original Belarusian text without the stemmer, so it looks for the
-- stems as prefixes; phrases become plain conjunctions because stop words were left out of
-- the stored positions.
CREATE FUNCTION public.search_headline(lang public.locale, content text, query tsquery, options text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN CASE lang
  WHEN 'en' THEN ts_headline('pg_catalog.english', content, query, options)
  WHEN 'ru' THEN ts_headline('pg_catalog.russian', content, query, options)
  WHEN 'be' THEN ts_headline('public.belarusian', content,
    to_tsquery('public.belarusian', regexp_replace(regexp_replace(query::text, '''((?:[^'']|'''')+)''', '''\1'':*', 'g'), '<\d*->', '&', 'g')),
    options)
  ELSE ts_headline('pg_catalog.simple', content, query, options)
END;
--> statement-breakpoint
CREATE TABLE "search_aliases" (
	"id" serial PRIMARY KEY NOT NULL,
	"group_key" varchar(100) NOT NULL,
	"locale" "locale" NOT NULL,
	"term" varchar(200) NOT NULL,
	"preferred" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_translations" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (public.article_search_vector(locale, title, lead, body)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "article_translations" ADD COLUMN "search_head" "tsvector" GENERATED ALWAYS AS (public.article_search_head(locale, title, lead)) STORED NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "search_aliases_group_locale_term_uq" ON "search_aliases" USING btree ("group_key","locale","term");--> statement-breakpoint
CREATE INDEX "search_aliases_term_trgm_idx" ON "search_aliases" USING gin ("term" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "article_translations_search_en_idx" ON "article_translations" USING gin ("search_vector") WHERE locale = 'en';--> statement-breakpoint
CREATE INDEX "article_translations_search_be_idx" ON "article_translations" USING gin ("search_vector") WHERE locale = 'be';--> statement-breakpoint
CREATE INDEX "article_translations_search_ru_idx" ON "article_translations" USING gin ("search_vector") WHERE locale = 'ru';--> statement-breakpoint
-- Names readers spell several ways; editors may add more rows.
INSERT INTO "search_aliases" ("group_key", "locale", "term", "preferred") VALUES
  ('lukashenka', 'en', 'Lukashenka', true),
  ('lukashenka', 'en', 'Lukashenko', false),
  ('lukashenka', 'en', 'Lukaschenko', false),
  ('lukashenka', 'en', 'Loukachenko', false),
  ('lukashenka', 'be', 'Лукашэнка', true),
  ('lukashenka', 'be', 'Łukašenka', false),
  ('lukashenka', 'ru', 'Лукашенко', true),
  ('tsikhanouskaya', 'en', 'Tsikhanouskaya', true),
  ('tsikhanouskaya', 'en', 'Tikhanovskaya', false),
  ('tsikhanouskaya', 'en', 'Tsikhanovskaya', false),
  ('tsikhanouskaya', 'en', 'Tichanowskaja', false),
  ('tsikhanouskaya', 'be', 'Ціханоўская', true),
  ('tsikhanouskaya', 'be', 'Cichanoŭskaja', false),
  ('tsikhanouskaya', 'ru', 'Тихановская', true),
  ('kalesnikava', 'en', 'Kalesnikava', true),
  ('kalesnikava', 'en', 'Kolesnikova', false),
  ('kalesnikava', 'be', 'Калеснікава', true),
  ('kalesnikava', 'be', 'Kalesnikava', false),
  ('kalesnikava', 'ru', 'Колесникова', true),
  ('babaryka', 'en', 'Babaryka', true),
  ('babaryka', 'en', 'Babariko', false),
  ('babaryka', 'be', 'Бабарыка', true),
  ('babaryka', 'ru', 'Бабарико', true),
  ('bialiatski', 'en', 'Bialiatski', true),
  ('bialiatski', 'en', 'Byalyatski', false),
  ('bialiatski', 'en', 'Belyatsky', false),
  ('bialiatski', 'be', 'Бяляцкі', true),
  ('bialiatski', 'ru', 'Беляцкий', true),
  ('csto', 'en', 'CSTO', true),
  ('csto', 'en', 'ODKB', false),
  ('csto', 'be', 'АДКБ', true),
  ('csto', 'be', 'ОДКБ', false),
  ('csto', 'ru', 'ОДКБ', true),
  ('eaeu', 'en', 'EAEU', true),
  ('eaeu', 'en', 'EEU', false),
  ('eaeu', 'be', 'ЕАЭС', true),
  ('eaeu', 'ru', 'ЕАЭС', true),
  ('eaeu', 'ru', 'ЕврАзЭС', false),
  ('hrodna', 'en', 'Hrodna', true),
  ('hrodna', 'en', 'Grodno', false),
  ('hrodna', 'be', 'Гродна', true),
  ('hrodna', 'ru', 'Гродно', true),
  ('homel', 'en', 'Homel', true),
  ('homel', 'en', 'Gomel', false),
  ('homel', 'be', 'Гомель', true),
  ('homel', 'ru', 'Гомель', true),
  ('mahiliou', 'en', 'Mahiliou', true),
  ('mahiliou', 'en', 'Mogilev', false),
  ('mahiliou', 'en', 'Mahilyow', false),
  ('mahiliou', 'be', 'Магілёў', true),
  ('mahiliou', 'ru', 'Могилёв', true),
  ('mahiliou', 'ru', 'Могилев', false),
  ('vitsebsk', 'en', 'Vitsebsk', true),
  ('vitsebsk', 'en', 'Vitebsk', false),
  ('vitsebsk', 'be', 'Віцебск', true),
  ('vitsebsk', 'ru', 'Витебск', true),
  ('astravets', 'en', 'Astravets', true),
  ('astravets', 'en', 'Ostrovets', false),
  ('astravets', 'be', 'Астравец', true),
  ('astravets', 'ru', 'Островец', true);
