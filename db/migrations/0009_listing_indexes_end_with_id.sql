DROP INDEX `articles_status_published_idx`;--> statement-breakpoint
DROP INDEX `articles_category_published_idx`;--> statement-breakpoint
DROP INDEX `articles_author_published_idx`;--> statement-breakpoint
CREATE INDEX `articles_status_published_idx` ON `articles` (`status`,`published_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_category_published_idx` ON `articles` (`category_id`,`status`,`published_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_author_published_idx` ON `articles` (`author_id`,`status`,`published_at`,`id`);