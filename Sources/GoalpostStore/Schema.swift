import GRDB

/// The named migrations of the history database, in order.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-reports", migrate: createReports)
        migrator.registerMigration("v2-source-path") { db in
            try db.execute(sql: "ALTER TABLE report ADD COLUMN sourcePath TEXT")
        }
        migrator.registerMigration("v3-assessments", migrate: addAssessments)
        migrator.registerMigration("v4-user-decisions", migrate: addUserDecisions)
        migrator.registerMigration("v5-originals", migrate: addOriginals)
        migrator.registerMigration("v6-task-columns", migrate: addTaskColumns)
        return migrator
    }

    /// What a row holds beyond task and progress: target text, plan, the office's verdict, the
    /// result, and every other column as JSON `[{header, role, text}]`. Rows stored before this
    /// migration have none until `reparse`.
    private static func addTaskColumns(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE task ADD COLUMN targetText TEXT;
            ALTER TABLE task ADD COLUMN plan TEXT;
            ALTER TABLE task ADD COLUMN verdict TEXT;
            ALTER TABLE task ADD COLUMN result TEXT;
            ALTER TABLE task ADD COLUMN columns TEXT NOT NULL DEFAULT '[]';
            """)
    }

    /// The bytes of every ingested file, keyed by their SHA-256 (`report.sha256`), so `reparse`
    /// needs no file outside the database. Reports stored before this migration have none.
    private static func addOriginals(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE original (
                sha256 TEXT PRIMARY KEY,
                bytes BLOB NOT NULL
            ) WITHOUT ROWID;
            """)
    }

    /// Quantities and status per task; user overrides keyed by period and task, so they outlive
    /// corrected editions and reparses (which replace task rows).
    private static func addAssessments(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE task ADD COLUMN targets TEXT NOT NULL DEFAULT '[]';
            ALTER TABLE task ADD COLUMN actuals TEXT NOT NULL DEFAULT '[]';
            ALTER TABLE task ADD COLUMN status TEXT;
            ALTER TABLE task ADD COLUMN statusEvidence TEXT;
            ALTER TABLE task ADD COLUMN schedule TEXT;
            CREATE INDEX task_by_status ON task(status);
            CREATE TABLE status_override (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                region TEXT NOT NULL,
                year INTEGER NOT NULL,
                asOfMonth INTEGER NOT NULL,
                number TEXT NOT NULL,
                taskText TEXT NOT NULL,
                status TEXT NOT NULL,
                reason TEXT NOT NULL,
                at TEXT NOT NULL,
                UNIQUE (region, year, asOfMonth, number, taskText)
            );
            CREATE INDEX status_override_by_period ON status_override(region, year, asOfMonth);
            """)
    }

    /// Link decisions and category aliases, keyed by period and task number rather than row ids,
    /// so they outlive corrected editions and reparses.
    private static func addUserDecisions(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE link_decision (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                region TEXT NOT NULL,
                beforeYear INTEGER NOT NULL, beforeMonth INTEGER NOT NULL, beforeNumber TEXT NOT NULL,
                afterYear INTEGER NOT NULL, afterMonth INTEGER NOT NULL, afterNumber TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('confirmed', 'broken')),
                at TEXT NOT NULL,
                UNIQUE (region, beforeYear, beforeMonth, beforeNumber, afterYear, afterMonth, afterNumber)
            );
            CREATE TABLE category_alias (
                name TEXT PRIMARY KEY,
                canonical TEXT NOT NULL,
                at TEXT NOT NULL
            );
            """)
    }

    private static func createReports(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE report (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                region TEXT NOT NULL,
                year INTEGER NOT NULL,
                asOfMonth INTEGER NOT NULL CHECK (asOfMonth BETWEEN 1 AND 12),
                title TEXT NOT NULL,
                sourceFile TEXT NOT NULL,
                sha256 TEXT NOT NULL UNIQUE,
                ingestedAt TEXT NOT NULL,
                isCurrent INTEGER NOT NULL DEFAULT 1,
                warnings TEXT NOT NULL DEFAULT '[]'
            );
            CREATE INDEX report_by_period ON report(region, year, asOfMonth);
            CREATE TABLE section (
                reportId INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                title TEXT NOT NULL,
                PRIMARY KEY (reportId, ordinal)
            );
            CREATE TABLE category (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                reportId INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                section INTEGER,
                position INTEGER NOT NULL,
                UNIQUE (reportId, name)
            );
            CREATE INDEX category_by_name ON category(name);
            CREATE TABLE task (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                reportId INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                number TEXT NOT NULL,
                section INTEGER,
                category TEXT,
                task TEXT NOT NULL,
                progress TEXT NOT NULL,
                owner TEXT,
                warnings TEXT NOT NULL DEFAULT '[]',
                UNIQUE (reportId, position)
            );
            CREATE INDEX task_by_category ON task(category, reportId);
            CREATE INDEX task_by_number ON task(reportId, number);
            CREATE VIRTUAL TABLE task_fts USING fts5(
                task, progress, content='task', content_rowid='id', tokenize='trigram'
            );
            CREATE TRIGGER task_fts_insert AFTER INSERT ON task BEGIN
                INSERT INTO task_fts(rowid, task, progress) VALUES (new.id, new.task, new.progress);
            END;
            CREATE TRIGGER task_fts_delete AFTER DELETE ON task BEGIN
                INSERT INTO task_fts(task_fts, rowid, task, progress) VALUES ('delete', old.id, old.task, old.progress);
            END;
            CREATE TRIGGER task_fts_update AFTER UPDATE OF task, progress ON task BEGIN
                INSERT INTO task_fts(task_fts, rowid, task, progress) VALUES ('delete', old.id, old.task, old.progress);
                INSERT INTO task_fts(rowid, task, progress) VALUES (new.id, new.task, new.progress);
            END;
            """)
    }
}
