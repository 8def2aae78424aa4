#pragma once

namespace anju {

class Database;

// The way into the window at every start: the first administrator on a new database, else a login
// (ANJU_USER and ANJU_PASSWORD, when both are set and right, spare the dialog: for demonstrations and
// scripted screenshots). A database opened with Database::openWithoutUpgrade that is older than the
// program is then upgraded if the user is its administrator; anyone else is told to ask the
// administrator and logged out (SchemaUpgrade). False when the user quit or was refused.
bool startSession(Database& db);

} // namespace anju
