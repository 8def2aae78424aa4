#pragma once

#include "domain/Violation.h"
#include "income/MonitoringRepository.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace anju {

// The 公示 board list of monitoring households 监测户 on A4 landscape pages, drawn with QPainter: the site's
// heading, one table row per household whose notice covers the day (household, the head's name in full with
// the ID number and phone masked as a public notice is, people, category, what is proposed, the reason
// found, the notice period), and at the foot where and until when to object, the office and the date. A
// row is never split across pages. Needs a QGuiApplication (fonts).
class MonitoringNoticeDocument
{
    Q_DECLARE_TR_FUNCTIONS(anju::MonitoringNoticeDocument)

public:
    static void print(const income::NoticeBoard& board, QPagedPaintDevice* device);
    static Outcome writePdf(const income::NoticeBoard& board, const QString& path);
    // "监测对象公示 测试安置点 2025-03-10" — the heading and the PDF's title.
    static QString title(const income::NoticeBoard& board);
};

} // namespace anju
