-- Search tuning.
-- More Belarusian prepositions as stop words (паводле, пасля, супраць, сярод, акрамя, дзеля,
-- вакол, замест, уздоўж): frequent enough to match almost every article and carry no subject.
CREATE OR REPLACE FUNCTION public.be_search_text(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN (
  SELECT coalesce(string_agg(m[1] || CASE WHEN m[2] = ANY (ARRAY['а', 'абы', 'аб', 'ад', 'аднак', 'але', 'ані', 'б', 'без', 'бо', 'бы', 'быу', 'была', 'было', 'былі', 'быць', 'будзе', 'будуць', 'ва', 'вам', 'вас', 'вамі', 'вось', 'вы', 'гэта', 'гэты', 'гэтая', 'гэтае', 'гэтыя', 'гэтага', 'гэтай', 'гэтаму', 'гэтым', 'гэтых', 'гэтую', 'гэтымі', 'да', 'дзе', 'для', 'ды', 'дык', 'ён', 'ёй', 'ёю', 'ёсць', 'ж', 'жа', 'з', 'за', 'і', 'ім', 'імі', 'іх', 'й', 'каб', 'калі', 'каля', 'куды', 'ля', 'мне', 'мяне', 'мной', 'мною', 'мы', 'на', 'над', 'нам', 'нас', 'намі', 'не', 'ні', 'нібы', 'па', 'пад', 'паміж', 'перад', 'пра', 'праз', 'пры', 'са', 'сабе', 'свае', 'сваё', 'свая', 'свой', 'сваёй', 'сваіх', 'свайго', 'сваім', 'сябе', 'так', 'таксама', 'там', 'таму', 'тут', 'ты', 'табе', 'цябе', 'той', 'тая', 'тое', 'тыя', 'таго', 'тую', 'тым', 'тых', 'тымі', 'толькі', 'у', 'ужо', 'усе', 'усё', 'уся', 'увесь', 'усіх', 'усім', 'усю', 'ці', 'што', 'шта', 'як', 'які', 'якая', 'якое', 'якія', 'якога', 'якой', 'якім', 'якіх', 'якую', 'якімі', 'яго', 'яе', 'яму', 'яна', 'яно', 'яны', 'яшчэ', 'паводле', 'пасля', 'супраць', 'сярод', 'акрамя', 'дзеля', 'вакол', 'замест', 'уздоуж']) THEN '' ELSE public.be_stem(m[2]) END, '' ORDER BY n), '')
  FROM regexp_matches(translate(lower(input), 'ў’ʼ''', 'у'), '([^0-9a-zß-ÿĀ-ɏЀ-ӿ]*)([0-9a-zß-ÿĀ-ɏЀ-ӿ]*)', 'g') WITH ORDINALITY AS t(m, n)
);--> statement-breakpoint
-- Keep both search vectors in the row, uncompressed while the row fits in a page: a phrase is
-- checked against every candidate's vector and each match's head is tested for ranking, and
-- fetching them from the TOAST table or decompressing them was most of a search's time (bench,
-- 10,000 articles: a Russian phrase's candidates 40 ms → 7 ms). Rows are stored as they are up
-- to toast_tuple_target; bigger ones compress and move title, lead and body out first (MAIN
-- columns go last).
ALTER TABLE "article_translations" SET (toast_tuple_target = 8160);--> statement-breakpoint
ALTER TABLE "article_translations" ALTER COLUMN "search_vector" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "article_translations" ALTER COLUMN "search_head" SET STORAGE MAIN;--> statement-breakpoint
-- The storage settings apply to rows as they are written: existing rows move to the new layout
-- when next saved, so the migration does not rewrite (and lock) the whole table. Stored
-- generated columns are computed on write too: rewrite the Belarusian rows that contain one of
-- the new stop words, so their vectors drop it.
UPDATE "article_translations" SET "title" = "title"
WHERE "locale" = 'be'
  AND lower("title" || ' ' || "lead" || ' ' || "body") ~ '(^|[^а-яёіў])(паводле|пасля|супраць|сярод|акрамя|дзеля|вакол|замест|уздоўж|уздоуж)([^а-яёіў]|$)';
