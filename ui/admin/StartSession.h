#pragma once

namespace anju {

class Database;

// The way into the window at every start: the first administrator on a new database, else a login
// (ANJU_USER and ANJU_PASSWORD, when both are set and right, spare the dialog: for demonstrations and
// scripted screenshots). False when the user quit instead.
bool startSession(const Database& db);

} // namespace anju
