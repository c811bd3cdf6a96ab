-- 0006: authorized operation (授权运营, DOMAIN.md §3): operators, implementation plans, agreements,
-- their products and annual disclosures. All five sync through the journal like the catalog;
-- lists and objects travel as JSON text. The state fields move only through workflow commands
-- (GrantRules), which the hub decides.

-- 运营主体: who may be granted authorized operation.
CREATE TABLE grant_operator (
    id             TEXT PRIMARY KEY NOT NULL,
    name           TEXT,
    credit_code    TEXT, -- 统一社会信用代码 (GB 32100-2015), checked with its check character
    contact        TEXT,
    qualifications TEXT,
    version        INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- 实施方案: drafting → collective decision → government approval → filed.
CREATE TABLE grant_plan (
    id            TEXT PRIMARY KEY NOT NULL,
    title         TEXT,
    domain        TEXT,
    division_code TEXT, -- the 市州 (or 430000 for the province) that grants
    sections      TEXT, -- JSON object: one text per required section (GrantVocabulary::planSections)
    state         TEXT,
    reference     TEXT, -- the decision, approval or filing reference of the last step
    version       INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- 授权运营协议: operating → evaluation → renewed | exited | terminated.
CREATE TABLE grant_agreement (
    id               TEXT PRIMARY KEY NOT NULL,
    title            TEXT,
    plan_id          TEXT,
    operator_id      TEXT,
    mode             TEXT,
    selection_method TEXT,
    domain           TEXT,
    division_code    TEXT,
    resources        TEXT, -- JSON array of catalog entry ids in scope
    starts_on        TEXT,
    ends_on          TEXT,
    revenue_shares   TEXT, -- JSON array of {party, share_bp}; the shares sum to 10000 bp
    state            TEXT,
    handover         TEXT, -- on exit: how running services continue
    version          INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX grant_agreement_by_state ON grant_agreement (state, ends_on) WHERE deleted = 0;

-- 数据产品和服务: use class decides whether it may charge; prices in fen.
CREATE TABLE grant_product (
    id                TEXT PRIMARY KEY NOT NULL,
    agreement_id      TEXT,
    name              TEXT,
    use_class         TEXT,
    billing_unit      TEXT,
    registration_code TEXT, -- 登记结果查询码 of the product's registration, if registered
    cap_fen           INTEGER,
    price_fen         INTEGER,
    trial             INTEGER, -- a trial price (before the first full year)
    version           INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX grant_product_by_agreement ON grant_product (agreement_id) WHERE deleted = 0;

-- 信息披露: one disclosure of one kind for one year of one agreement, due 31 March after it.
CREATE TABLE grant_disclosure (
    id           TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT,
    kind         TEXT,
    year         INTEGER,
    content      TEXT,
    submitted_on TEXT,
    version      INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX grant_disclosure_by_agreement ON grant_disclosure (agreement_id, year, kind) WHERE deleted = 0;
