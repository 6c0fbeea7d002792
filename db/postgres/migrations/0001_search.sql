-- Full-text search over published articles (PostgreSQL), the twin of SQLite's 0001_search.
--
-- article_search holds one weighted tsvector per published story, with a GIN index:
--   A headline, B standfirst, C topics (tag names) and byline (author name), D body text.
-- Statement-level triggers on every table whose rows feed a document (articles, article_tags,
-- tags, authors) recompute the documents of the stories a statement touched, inside the writer's
-- own transaction, so a search never sees a half-made change; a bulk write recomputes each story
-- once per statement. Unpublishing a story removes its row; deleting one removes it by cascade.
--
-- Words are folded as on SQLite: lower case and without diacritics ("Gdansk" finds "Gdańsk"),
-- through the text search configuration article_search ('simple' plus the unaccent dictionary).
-- A configuration rather than unaccent() around the text, because ts_headline can then mark the
-- words of the original text. unaccent ships with PostgreSQL (Debian's postgresql-15 included)
-- and is a trusted extension: a database owner may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION article_search (COPY = pg_catalog.simple);
--> statement-breakpoint
-- Only the token types that may hold letters beyond ASCII need unaccent; it passes each word on
-- to simple, which lower-cases it.
ALTER TEXT SEARCH CONFIGURATION article_search
	ALTER MAPPING FOR word, numword, hword, numhword, hword_part, hword_numpart WITH unaccent, simple;
--> statement-breakpoint
-- Every piece of text a reader sees in a body (lib/articleBody.ts), in reading order: the `text`
-- and `attribution` of every object at any depth (blocks, inline nodes, list items). `.**` walks
-- the document depth first, parents before children, arrays in order. A body that is not JSON (the
-- app never stores one) has no text rather than failing the writer's statement.
CREATE FUNCTION article_search_body_text(body text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
	document jsonb;
BEGIN
	BEGIN
		document := body::jsonb;
	EXCEPTION WHEN invalid_text_representation THEN
		RETURN '';
	END;
	RETURN coalesce((
		SELECT string_agg(piece.value, ' ' ORDER BY node.position, piece.position)
		FROM jsonb_path_query(document, 'strict $.** ? (@.type() == "object")') WITH ORDINALITY AS node(object, position)
		CROSS JOIN LATERAL (VALUES (1, node.object ->> 'text'), (2, node.object ->> 'attribution')) AS piece(position, value)
		WHERE jsonb_typeof(node.object -> CASE piece.position WHEN 1 THEN 'text' ELSE 'attribution' END) = 'string'
	), '');
END;
$$;
--> statement-breakpoint
CREATE FUNCTION article_search_document(headline text, standfirst text, topics text, byline text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT setweight(to_tsvector('article_search', coalesce(headline, '')), 'A')
		|| setweight(to_tsvector('article_search', coalesce(standfirst, '')), 'B')
		|| setweight(to_tsvector('article_search', coalesce(topics, '')), 'C')
		|| setweight(to_tsvector('article_search', coalesce(byline, '')), 'C')
		|| setweight(to_tsvector('article_search', article_search_body_text(coalesce(body, ''))), 'D')
$$;
--> statement-breakpoint
CREATE TABLE article_search (
	article_id integer PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	document tsvector NOT NULL
);
--> statement-breakpoint
CREATE INDEX article_search_document_idx ON article_search USING gin (document);
--> statement-breakpoint
-- Recomputes the documents of the given stories: published ones are (re)indexed, the others and
-- the ones that no longer exist are taken out.
CREATE FUNCTION article_search_reindex(article_ids integer[]) RETURNS void
LANGUAGE sql VOLATILE AS $$
	DELETE FROM article_search AS s
	WHERE s.article_id = ANY (article_ids)
		AND NOT EXISTS (SELECT 1 FROM articles AS a WHERE a.id = s.article_id AND a.status = 'published');
	INSERT INTO article_search (article_id, document)
	SELECT a.id, article_search_document(
		a.headline,
		a.standfirst,
		(SELECT string_agg(t.name, ' ' ORDER BY t.id) FROM article_tags AS at JOIN tags AS t ON t.id = at.tag_id WHERE at.article_id = a.id),
		(SELECT au.name FROM authors AS au WHERE au.id = a.author_id),
		a.body)
	FROM articles AS a
	WHERE a.id = ANY (article_ids) AND a.status = 'published'
	ON CONFLICT (article_id) DO UPDATE SET document = excluded.document;
$$;
--> statement-breakpoint
-- Transition tables cannot be shared by several events or limited to some columns, hence one
-- trigger per event, and updates compare the indexed columns themselves.
CREATE FUNCTION article_search_articles_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM article_search_reindex(ARRAY(SELECT id FROM new_rows WHERE status = 'published'));
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER article_search_articles_insert AFTER INSERT ON articles
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_search_articles_inserted();
--> statement-breakpoint
-- Publishing and unpublishing add and remove the story. A changed id (never done by the app)
-- takes the old id out and puts the new one in.
CREATE FUNCTION article_search_articles_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM article_search_reindex(ARRAY(
		SELECT coalesce(n.id, o.id)
		FROM new_rows AS n FULL JOIN old_rows AS o ON o.id = n.id
		WHERE (n.status, n.headline, n.standfirst, n.body, n.author_id) IS DISTINCT FROM (o.status, o.headline, o.standfirst, o.body, o.author_id)
	));
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER article_search_articles_update AFTER UPDATE ON articles
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_search_articles_updated();
--> statement-breakpoint
-- Deleting a story needs no trigger: its row goes with it (ON DELETE CASCADE).
CREATE FUNCTION article_search_article_tags_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM article_search_reindex(ARRAY(SELECT DISTINCT article_id FROM new_rows));
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER article_search_article_tags_insert AFTER INSERT ON article_tags
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_search_article_tags_inserted();
--> statement-breakpoint
-- Also reached by the cascades from deleting a tag (the tag is gone by then, so its name drops
-- out) and from deleting a story (which then has nothing left to index).
CREATE FUNCTION article_search_article_tags_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM article_search_reindex(ARRAY(SELECT DISTINCT article_id FROM old_rows));
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER article_search_article_tags_delete AFTER DELETE ON article_tags
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION article_search_article_tags_deleted();
--> statement-breakpoint
CREATE FUNCTION article_search_article_tags_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM article_search_reindex(ARRAY(SELECT article_id FROM old_rows UNION SELECT article_id FROM new_rows));
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER article_search_article_tags_update AFTER UPDATE ON article_tags
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_search_article_tags_updated();
--> statement-breakpoint
CREATE FUNCTION article_search_tags_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM article_search_reindex(ARRAY(
		SELECT DISTINCT at.article_id
		FROM new_rows AS n JOIN old_rows AS o ON o.id = n.id JOIN article_tags AS at ON at.tag_id = n.id
		WHERE n.name IS DISTINCT FROM o.name
	));
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER article_search_tags_update AFTER UPDATE ON tags
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_search_tags_updated();
--> statement-breakpoint
CREATE FUNCTION article_search_authors_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM article_search_reindex(ARRAY(
		SELECT a.id
		FROM new_rows AS n JOIN old_rows AS o ON o.id = n.id JOIN articles AS a ON a.author_id = n.id
		WHERE n.name IS DISTINCT FROM o.name AND a.status = 'published'
	));
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER article_search_authors_update AFTER UPDATE ON authors
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_search_authors_updated();
--> statement-breakpoint
-- The tsquery for a reader's words (lib/searchQuery.ts cuts them out of the input): every word
-- must match, the last one also as a prefix when `last_is_prefix`. The words are never read as
-- tsquery syntax: each is folded into lexemes by the same configuration as the documents (which
-- reads text only), and each lexeme is written as a quoted tsquery literal ('' for a quote, \\ for a
-- backslash), with `:*` for the prefix, before the literals are joined with `&` and cast. A word
-- that folds to nothing drops out; the result is NULL when nothing is left, and matches nothing.
CREATE FUNCTION article_search_query(words text[], last_is_prefix boolean) RETURNS tsquery
LANGUAGE sql STABLE PARALLEL SAFE AS $$
	SELECT string_agg(
		'''' || replace(replace(lexeme.lexeme, '\', '\\'), '''', '''''') || ''''
			|| CASE WHEN last_is_prefix AND word.position = cardinality(words) THEN ':*' ELSE '' END,
		' & ' ORDER BY word.position, lexeme.lexeme)::tsquery
	FROM unnest(words) WITH ORDINALITY AS word(word, position)
	CROSS JOIN LATERAL unnest(to_tsvector('article_search', word.word)) AS lexeme
$$;
