-- Search hits that are books or chapters (<PubmedBookArticle>, such as StatPearls):
-- efetch answers them, but they are not journal articles and are never stored as
-- records. Remembered, so that fetching again does not ask for them again; the
-- report still counts them among the search hits not retrieved.
CREATE TABLE books (
  pmid     TEXT PRIMARY KEY,
  seen_at  TEXT NOT NULL
);
