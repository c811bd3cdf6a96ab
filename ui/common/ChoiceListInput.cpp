#include "ui/common/ChoiceListInput.h"

#include "models/common/StructuredField.h"
#include "ui/common/ChoicePickerDialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::ChoiceListInput)
};

/// Delete or Backspace on the list removes what is selected (a key the list itself ignores).
class DeleteKey final : public QObject
{
public:
    DeleteKey(QObject* parent, std::function<void()> pressed)
        : QObject(parent)
        , m_pressed(std::move(pressed))
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
                m_pressed();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_pressed;
};

class ChoiceListInput final : public FieldInput
{
public:
    ChoiceListInput(const FieldSchema& field, QString label, QList<LabelledValue> choices, QWidget* parent,
                    std::function<void()> changed)
        : m_label(std::move(label))
        , m_choices(std::move(choices))
        , m_changed(std::move(changed))
        , m_box(new QWidget(parent))
        , m_list(new QListWidget(m_box))
        , m_add(new QPushButton(Text::tr("Add..."), m_box))
        , m_remove(new QPushButton(Text::tr("Remove"), m_box))
    {
        m_list->setObjectName(QStringLiteral("choiceList-") + field.name);
        m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
        m_list->setMinimumHeight(96);
        m_list->setIconSize(QSize(16, 16)); // the mark of an entry no longer offered, one text line high
        m_add->setObjectName(QStringLiteral("addChoice-") + field.name);
        m_remove->setObjectName(QStringLiteral("removeChoice-") + field.name);
        m_remove->setEnabled(false);
        auto* buttons = new QVBoxLayout;
        buttons->addWidget(m_add);
        buttons->addWidget(m_remove);
        buttons->addStretch();
        auto* row = new QHBoxLayout(m_box);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_list, 1);
        row->addLayout(buttons);
        QObject::connect(m_add, &QPushButton::clicked, m_box, [this] { pick(); });
        QObject::connect(m_remove, &QPushButton::clicked, m_box, [this] { removeSelected(); });
        QObject::connect(m_list, &QListWidget::itemSelectionChanged, m_box,
                         [this] { m_remove->setEnabled(!m_readOnly && !m_list->selectedItems().isEmpty()); });
        m_list->installEventFilter(new DeleteKey(m_list, [this] { removeSelected(); }));
    }

    QWidget* widget() const override { return m_box; }

    void write(const QJsonValue& stored) override
    {
        m_list->clear();
        for (const QJsonValue& value : structuredValue(stored).toArray()) {
            if (!value.toString().trimmed().isEmpty())
                append(value.toString().trimmed());
        }
    }

    QJsonValue read() const override
    {
        QJsonArray values;
        for (int row = 0; row < m_list->count(); ++row)
            values.append(m_list->item(row)->data(Qt::UserRole).toString());
        return values.isEmpty() ? QJsonValue() : QJsonValue(structuredText(values));
    }

    void setReadOnly(bool readOnly) override
    {
        m_readOnly = readOnly;
        m_add->setVisible(!readOnly);
        m_remove->setVisible(!readOnly);
    }

private:
    const LabelledValue* choice(const QString& value) const
    {
        for (const LabelledValue& known : m_choices) {
            if (known.value == value)
                return &known;
        }
        return nullptr;
    }

    void append(const QString& value)
    {
        const LabelledValue* known = choice(value);
        auto* item = new QListWidgetItem(known ? known->label : value, m_list);
        item->setData(Qt::UserRole, value);
        if (!known || !known->offered) {
            // Named before and not on offer now: kept, but the reader should see it is not.
            item->setIcon(m_list->style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(
                known ? Text::tr("%1 — can no longer be chosen; kept until removed").arg(known->label)
                      : Text::tr("\"%1\" is not an entry known here; kept until removed").arg(value));
        } else {
            item->setToolTip(known->label);
        }
    }

    QSet<QString> values() const
    {
        QSet<QString> all;
        for (int row = 0; row < m_list->count(); ++row)
            all.insert(m_list->item(row)->data(Qt::UserRole).toString());
        return all;
    }

    void pick()
    {
        ChoicePickerDialog picker(m_choices, values(), Text::tr("Choose: %1").arg(m_label), m_box->window());
        if (picker.exec() != QDialog::Accepted || picker.chosen().isEmpty())
            return;
        for (const QString& value : picker.chosen())
            append(value);
        m_changed();
    }

    void removeSelected()
    {
        const QList<QListWidgetItem*> selected = m_list->selectedItems();
        if (m_readOnly || selected.isEmpty())
            return;
        qDeleteAll(selected);
        m_changed();
    }

    QString m_label;
    QList<LabelledValue> m_choices;
    std::function<void()> m_changed;
    QWidget* m_box;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    bool m_readOnly = false;
};

} // namespace

std::unique_ptr<FieldInput> createChoiceListInput(const FieldSchema& field, const QString& label,
                                                  QList<LabelledValue> choices, QWidget* parent,
                                                  std::function<void()> changed)
{
    return std::make_unique<ChoiceListInput>(field, label, std::move(choices), parent, std::move(changed));
}

} // namespace xs
