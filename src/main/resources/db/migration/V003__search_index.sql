-- Full-text indexes for the case list's search box (part of a name, an NISN, a case code). The trigram tokenizer
-- answers substring searches of three or more characters from the index instead of scanning every row.
-- Both are external-content tables: they store only the index; triggers keep them in step with their tables.

CREATE VIRTUAL TABLE student_search USING fts5(name, nisn, content='students', content_rowid='id',
    tokenize='trigram');
INSERT INTO student_search (student_search) VALUES ('rebuild');

CREATE TRIGGER students_search_insert AFTER INSERT ON students
BEGIN
    INSERT INTO student_search (rowid, name, nisn) VALUES (new.id, new.name, new.nisn);
END;

CREATE TRIGGER students_search_update AFTER UPDATE OF name, nisn ON students
BEGIN
    INSERT INTO student_search (student_search, rowid, name, nisn) VALUES ('delete', old.id, old.name, old.nisn);
    INSERT INTO student_search (rowid, name, nisn) VALUES (new.id, new.name, new.nisn);
END;

CREATE TRIGGER students_search_delete AFTER DELETE ON students
BEGIN
    INSERT INTO student_search (student_search, rowid, name, nisn) VALUES ('delete', old.id, old.name, old.nisn);
END;

CREATE VIRTUAL TABLE case_code_search USING fts5(code, content='cases', content_rowid='id', tokenize='trigram');
INSERT INTO case_code_search (case_code_search) VALUES ('rebuild');

CREATE TRIGGER cases_search_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO case_code_search (rowid, code) VALUES (new.id, new.code);
END;

CREATE TRIGGER cases_search_update AFTER UPDATE OF code ON cases
BEGIN
    INSERT INTO case_code_search (case_code_search, rowid, code) VALUES ('delete', old.id, old.code);
    INSERT INTO case_code_search (rowid, code) VALUES (new.id, new.code);
END;

CREATE TRIGGER cases_search_delete AFTER DELETE ON cases
BEGIN
    INSERT INTO case_code_search (case_code_search, rowid, code) VALUES ('delete', old.id, old.code);
END;
