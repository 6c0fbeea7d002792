-- Full-text search over published articles (SQLite FTS5).
--
-- The index keeps no copy of the text: it is an "external content" table whose text comes from
-- the view article_search_source, one row per published article. Triggers keep it in step inside
-- each writer's own transaction. FTS5 removes an entry only when given exactly the values that
-- were indexed, so every trigger below hands it those values:
--   * a delete removes the entry BEFORE the row goes, reading the view while it still shows the
--     indexed text (and, for a tag link, puts the story back AFTER, from the view);
--   * an insert or update replaces the entry AFTER the write, rebuilding the old values from OLD
--     and from the view minus the change. A BEFORE trigger would also fire for a row that ON
--     CONFLICT DO NOTHING or OR IGNORE then skips, taking the story out of search for good.
-- Every insert into the index reads the view, so writes to drafts leave the index alone.
-- REPLACE conflict resolution deletes rows without firing delete triggers: use upserts instead.
-- Foreign keys must be on (openDatabase turns them on): deleting a tag relies on its cascade.
-- The three expressions for body, tags and author are repeated in the triggers and must stay
-- identical to the view's.
CREATE VIEW `article_search_source` AS
SELECT
	`a`.`id` AS `id`,
	`a`.`headline` AS `headline`,
	`a`.`standfirst` AS `standfirst`,
	-- Every piece of text a reader sees in the body, in reading order (quote attributions too): a
	-- walk over the blocks' arrays. Not json_tree: FTS5 reads its content through statements that
	-- may not use virtual tables, and json_tree is one ("no such table: main.json_tree").
	(WITH RECURSIVE `node`(`array`, `i`, `ord`) AS (
		SELECT '$', 0, '' WHERE json_valid(`a`.`body`) AND json_array_length(`a`.`body`) > 0
		UNION ALL
		SELECT `node`.`array`, `node`.`i` + 1, `node`.`ord` FROM `node` WHERE `node`.`i` + 1 < json_array_length(`a`.`body`, `node`.`array`)
		UNION ALL
		SELECT `node`.`array` || '[' || `node`.`i` || ']' || `nested`.`key`, 0, `node`.`ord` || printf('%06d', `node`.`i`) || `nested`.`ord`
		FROM `node`, (SELECT '' AS `key`, 'c' AS `ord` UNION ALL SELECT '.content', 'd' UNION ALL SELECT '.items', 'e') AS `nested`
		WHERE json_array_length(`a`.`body`, `node`.`array` || '[' || `node`.`i` || ']' || `nested`.`key`) > 0
	)
	SELECT group_concat(`field`.`value`, ' ' ORDER BY `field`.`ord`) FROM (
		SELECT json_extract(`a`.`body`, `node`.`array` || '[' || `node`.`i` || '].' || `name`.`key`) AS `value`, `node`.`ord` || printf('%06d', `node`.`i`) || `name`.`ord` AS `ord`
		FROM `node`, (SELECT 'text' AS `key`, 'a' AS `ord` UNION ALL SELECT 'attribution', 'b') AS `name`
		WHERE json_type(`a`.`body`, `node`.`array` || '[' || `node`.`i` || '].' || `name`.`key`) = 'text'
	) AS `field`) AS `body`,
	(SELECT group_concat(`t`.`name`, ' ' ORDER BY `t`.`id`) FROM `tags` AS `t` WHERE `t`.`id` IN (SELECT `at`.`tag_id` FROM `article_tags` AS `at` WHERE `at`.`article_id` = `a`.`id`)) AS `tags`,
	(SELECT `au`.`name` FROM `authors` AS `au` WHERE `au`.`id` = `a`.`author_id`) AS `author`
FROM `articles` AS `a`
WHERE `a`.`status` = 'published';
--> statement-breakpoint
-- Diacritics are folded (Lavróv finds Lavrov). Combining marks (M*) count as parts of words, as
-- letters and numbers do: Devanagari vowel signs are marks, and without them भारत would be split
-- into भ and रत. Prefix indexes for two to six letters make the search-as-you-type prefix of the
-- last word as cheap as a whole word: without one, FTS5 merges the lists of every word with the
-- prefix on each query, 10 ms or more for "india*" (india, indian, indians) over 100,000 stories.
CREATE VIRTUAL TABLE `article_search` USING fts5(
	`headline`, `standfirst`, `body`, `tags`, `author`,
	content = 'article_search_source',
	content_rowid = 'id',
	tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'",
	prefix = '2 3 4 5 6'
);
--> statement-breakpoint
CREATE TRIGGER `article_search_articles_insert` AFTER INSERT ON `articles` BEGIN
	INSERT INTO `article_search` (`rowid`, `headline`, `standfirst`, `body`, `tags`, `author`)
		SELECT `id`, `headline`, `standfirst`, `body`, `tags`, `author` FROM `article_search_source` WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
-- Publishing and unpublishing add and remove the story, as the view holds published stories only.
CREATE TRIGGER `article_search_articles_update` AFTER UPDATE OF `id`, `status`, `headline`, `standfirst`, `body`, `author_id` ON `articles`
WHEN OLD.`id` IS NOT NEW.`id` OR OLD.`status` IS NOT NEW.`status` OR OLD.`headline` IS NOT NEW.`headline`
	OR OLD.`standfirst` IS NOT NEW.`standfirst` OR OLD.`body` IS NOT NEW.`body` OR OLD.`author_id` IS NOT NEW.`author_id`
BEGIN
	INSERT INTO `article_search` (`article_search`, `rowid`, `headline`, `standfirst`, `body`, `tags`, `author`)
		SELECT 'delete', OLD.`id`, OLD.`headline`, OLD.`standfirst`,
			(WITH RECURSIVE `node`(`array`, `i`, `ord`) AS (
				SELECT '$', 0, '' WHERE json_valid(OLD.`body`) AND json_array_length(OLD.`body`) > 0
				UNION ALL
				SELECT `node`.`array`, `node`.`i` + 1, `node`.`ord` FROM `node` WHERE `node`.`i` + 1 < json_array_length(OLD.`body`, `node`.`array`)
				UNION ALL
				SELECT `node`.`array` || '[' || `node`.`i` || ']' || `nested`.`key`, 0, `node`.`ord` || printf('%06d', `node`.`i`) || `nested`.`ord`
				FROM `node`, (SELECT '' AS `key`, 'c' AS `ord` UNION ALL SELECT '.content', 'd' UNION ALL SELECT '.items', 'e') AS `nested`
				WHERE json_array_length(OLD.`body`, `node`.`array` || '[' || `node`.`i` || ']' || `nested`.`key`) > 0
			)
			SELECT group_concat(`field`.`value`, ' ' ORDER BY `field`.`ord`) FROM (
				SELECT json_extract(OLD.`body`, `node`.`array` || '[' || `node`.`i` || '].' || `name`.`key`) AS `value`, `node`.`ord` || printf('%06d', `node`.`i`) || `name`.`ord` AS `ord`
				FROM `node`, (SELECT 'text' AS `key`, 'a' AS `ord` UNION ALL SELECT 'attribution', 'b') AS `name`
				WHERE json_type(OLD.`body`, `node`.`array` || '[' || `node`.`i` || '].' || `name`.`key`) = 'text'
			) AS `field`),
			(SELECT group_concat(`t`.`name`, ' ' ORDER BY `t`.`id`) FROM `tags` AS `t` WHERE `t`.`id` IN (SELECT `at`.`tag_id` FROM `article_tags` AS `at` WHERE `at`.`article_id` = OLD.`id`)),
			(SELECT `au`.`name` FROM `authors` AS `au` WHERE `au`.`id` = OLD.`author_id`)
		WHERE OLD.`status` = 'published';
	INSERT INTO `article_search` (`rowid`, `headline`, `standfirst`, `body`, `tags`, `author`)
		SELECT `id`, `headline`, `standfirst`, `body`, `tags`, `author` FROM `article_search_source` WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
-- ON DELETE CASCADE then removes the story's article_tags rows; their triggers find nothing in
-- the view (the article row is already gone when the cascade runs), so nothing is removed twice.
CREATE TRIGGER `article_search_articles_delete` BEFORE DELETE ON `articles` BEGIN
	INSERT INTO `article_search` (`article_search`, `rowid`, `headline`, `standfirst`, `body`, `tags`, `author`)
		SELECT 'delete', `id`, `headline`, `standfirst`, `body`, `tags`, `author` FROM `article_search_source` WHERE `id` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_article_tags_insert` AFTER INSERT ON `article_tags` BEGIN
	INSERT INTO `article_search` (`article_search`, `rowid`, `headline`, `standfirst`, `body`, `tags`, `author`)
		SELECT 'delete', `s`.`id`, `s`.`headline`, `s`.`standfirst`, `s`.`body`,
			(SELECT group_concat(`t`.`name`, ' ' ORDER BY `t`.`id`) FROM `tags` AS `t` WHERE `t`.`id` IN (SELECT `at`.`tag_id` FROM `article_tags` AS `at` WHERE `at`.`article_id` = `s`.`id` AND `at`.`tag_id` IS NOT NEW.`tag_id`)),
			`s`.`author`
		FROM `article_search_source` AS `s` WHERE `s`.`id` = NEW.`article_id`;
	INSERT INTO `article_search` (`rowid`, `headline`, `standfirst`, `body`, `tags`, `author`)
		SELECT `id`, `headline`, `standfirst`, `body`, `tags`, `author` FROM `article_search_source` WHERE `id` = NEW.`article_id`;
END;
--> statement-breakpoint
-- When a tag is deleted, its own trigger has already removed the entries of its stories and the
-- tag row is gone by the time the cascade reaches article_tags: removing them again here would
-- be a double delete, so only rows whose tag still exists are handled.
CREATE TRIGGER `article_search_article_tags_delete_before` BEFORE DELETE ON `article_tags`
WHEN EXISTS (SELECT 1 FROM `tags` WHERE `tags`.`id` = OLD.`tag_id`)
BEGIN
	INSERT INTO `article_search` (`article_search`, `rowid`, `headline`, `standfirst`, `body`, `tags`, `author`)
		SELECT 'delete', `id`, `headline`, `standfirst`, `body`, `tags`, `author` FROM `article_search_source` WHERE `id` = OLD.`article_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_article_tags_delete_after` AFTER DELETE ON `article_tags` BEGIN
	INSERT INTO `article_search` (`rowid`, `headline`, `standfirst`, `body`, `tags`, `author`)
		SELECT `id`, `headline`, `standfirst`, `body`, `tags`, `author` FROM `article_search_source` WHERE `id` = OLD.`article_id`;
END;
--> statement-breakpoint
-- Rows of article_tags are rarely changed in place, but when they are, both stories involved are
-- reindexed; their old tag lists are today's minus the new pair plus the old one.
CREATE TRIGGER `article_search_article_tags_update` AFTER UPDATE OF `article_id`, `tag_id` ON `article_tags`
WHEN OLD.`article_id` IS NOT NEW.`article_id` OR OLD.`tag_id` IS NOT NEW.`tag_id`
BEGIN
	INSERT INTO `article_search` (`article_search`, `rowid`, `headline`, `standfirst`, `body`, `tags`, `author`)
		SELECT 'delete', `s`.`id`, `s`.`headline`, `s`.`standfirst`, `s`.`body`,
			(SELECT group_concat(`t`.`name`, ' ' ORDER BY `t`.`id`) FROM `tags` AS `t` WHERE `t`.`id` IN (
				SELECT `at`.`tag_id` FROM `article_tags` AS `at` WHERE `at`.`article_id` = `s`.`id` AND NOT (`s`.`id` = NEW.`article_id` AND `at`.`tag_id` = NEW.`tag_id`)
				UNION SELECT OLD.`tag_id` WHERE `s`.`id` = OLD.`article_id`)),
			`s`.`author`
		FROM `article_search_source` AS `s` WHERE `s`.`id` IN (OLD.`article_id`, NEW.`article_id`);
	INSERT INTO `article_search` (`rowid`, `headline`, `standfirst`, `body`, `tags`, `author`)
		SELECT `id`, `headline`, `standfirst`, `body`, `tags`, `author` FROM `article_search_source` WHERE `id` IN (OLD.`article_id`, NEW.`article_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_authors_update` AFTER UPDATE OF `name` ON `authors` WHEN OLD.`name` IS NOT NEW.`name` BEGIN
	INSERT INTO `article_search` (`article_search`, `rowid`, `headline`, `standfirst`, `body`, `tags`, `author`)
		SELECT 'delete', `s`.`id`, `s`.`headline`, `s`.`standfirst`, `s`.`body`, `s`.`tags`, OLD.`name`
		FROM `article_search_source` AS `s` WHERE `s`.`id` IN (SELECT `a`.`id` FROM `articles` AS `a` WHERE `a`.`author_id` = OLD.`id`);
	INSERT INTO `article_search` (`rowid`, `headline`, `standfirst`, `body`, `tags`, `author`)
		SELECT `id`, `headline`, `standfirst`, `body`, `tags`, `author`
		FROM `article_search_source` WHERE `id` IN (SELECT `a`.`id` FROM `articles` AS `a` WHERE `a`.`author_id` = OLD.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_tags_update` AFTER UPDATE OF `name` ON `tags` WHEN OLD.`name` IS NOT NEW.`name` BEGIN
	INSERT INTO `article_search` (`article_search`, `rowid`, `headline`, `standfirst`, `body`, `tags`, `author`)
		SELECT 'delete', `s`.`id`, `s`.`headline`, `s`.`standfirst`, `s`.`body`,
			(SELECT group_concat(CASE WHEN `t`.`id` = OLD.`id` THEN OLD.`name` ELSE `t`.`name` END, ' ' ORDER BY `t`.`id`) FROM `tags` AS `t` WHERE `t`.`id` IN (SELECT `at`.`tag_id` FROM `article_tags` AS `at` WHERE `at`.`article_id` = `s`.`id`)),
			`s`.`author`
		FROM `article_search_source` AS `s` WHERE `s`.`id` IN (SELECT `at`.`article_id` FROM `article_tags` AS `at` WHERE `at`.`tag_id` = OLD.`id`);
	INSERT INTO `article_search` (`rowid`, `headline`, `standfirst`, `body`, `tags`, `author`)
		SELECT `id`, `headline`, `standfirst`, `body`, `tags`, `author`
		FROM `article_search_source` WHERE `id` IN (SELECT `at`.`article_id` FROM `article_tags` AS `at` WHERE `at`.`tag_id` = OLD.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_tags_delete` BEFORE DELETE ON `tags` BEGIN
	INSERT INTO `article_search` (`article_search`, `rowid`, `headline`, `standfirst`, `body`, `tags`, `author`)
		SELECT 'delete', `id`, `headline`, `standfirst`, `body`, `tags`, `author`
		FROM `article_search_source` WHERE `id` IN (SELECT `at`.`article_id` FROM `article_tags` AS `at` WHERE `at`.`tag_id` = OLD.`id`);
END;
--> statement-breakpoint
-- Index what is already there.
INSERT INTO `article_search` (`article_search`) VALUES ('rebuild');
