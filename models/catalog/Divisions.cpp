#include "models/catalog/Divisions.h"

namespace xs {

const QList<Division>& hunanDivisions()
{
    static const QList<Division> divisions = {
        {QStringLiteral("430000"), QStringLiteral("湖南省"), QStringLiteral("湖南"), true},
        {QStringLiteral("430100"), QStringLiteral("长沙市"), QStringLiteral("长沙"), false},
        {QStringLiteral("430200"), QStringLiteral("株洲市"), QStringLiteral("株洲"), false},
        {QStringLiteral("430300"), QStringLiteral("湘潭市"), QStringLiteral("湘潭"), false},
        {QStringLiteral("430400"), QStringLiteral("衡阳市"), QStringLiteral("衡阳"), false},
        {QStringLiteral("430500"), QStringLiteral("邵阳市"), QStringLiteral("邵阳"), false},
        {QStringLiteral("430600"), QStringLiteral("岳阳市"), QStringLiteral("岳阳"), false},
        {QStringLiteral("430700"), QStringLiteral("常德市"), QStringLiteral("常德"), false},
        {QStringLiteral("430800"), QStringLiteral("张家界市"), QStringLiteral("张家界"), false},
        {QStringLiteral("430900"), QStringLiteral("益阳市"), QStringLiteral("益阳"), false},
        {QStringLiteral("431000"), QStringLiteral("郴州市"), QStringLiteral("郴州"), false},
        {QStringLiteral("431100"), QStringLiteral("永州市"), QStringLiteral("永州"), false},
        {QStringLiteral("431200"), QStringLiteral("怀化市"), QStringLiteral("怀化"), false},
        {QStringLiteral("431300"), QStringLiteral("娄底市"), QStringLiteral("娄底"), false},
        {QStringLiteral("433100"), QStringLiteral("湘西土家族苗族自治州"), QStringLiteral("湘西"), false},
    };
    return divisions;
}

const Division* findDivision(const QString& code)
{
    for (const Division& division : hunanDivisions()) {
        if (division.code == code)
            return &division;
    }
    return nullptr;
}

} // namespace xs
