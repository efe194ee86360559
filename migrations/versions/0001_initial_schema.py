"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 02:53:16.955477
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('agencies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agencies')),
    sa.UniqueConstraint('name', name=op.f('uq_agencies_name'))
    )
    op.create_table('vendors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vendors')),
    sa.UniqueConstraint('name', name=op.f('uq_vendors_name'))
    )
    op.create_table('agency_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_agency_aliases_agency_id_agencies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agency_aliases')),
    sa.UniqueConstraint('alias', name=op.f('uq_agency_aliases_alias'))
    )
    with op.batch_alter_table('agency_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agency_aliases_agency_id'), ['agency_id'], unique=False)

    op.create_table('products',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vendor_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_products_vendor_id_vendors'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_products')),
    sa.UniqueConstraint('vendor_id', 'name', name='uq_products_vendor_id_name')
    )
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_products_vendor_id'), ['vendor_id'], unique=False)

    op.create_table('requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=300), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('requester', sa.String(length=300), nullable=True),
    sa.Column('filed_on', sa.Date(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_requests_agency_id_agencies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requests')),
    sa.UniqueConstraint('reference', name=op.f('uq_requests_reference'))
    )
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_requests_agency_id'), ['agency_id'], unique=False)

    op.create_table('vendor_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vendor_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_vendor_aliases_vendor_id_vendors'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vendor_aliases')),
    sa.UniqueConstraint('alias', name=op.f('uq_vendor_aliases_alias'))
    )
    with op.batch_alter_table('vendor_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vendor_aliases_vendor_id'), ['vendor_id'], unique=False)

    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=1000), nullable=False),
    sa.Column('source_path', sa.Text(), nullable=True),
    sa.Column('media_type', sa.String(length=200), nullable=True),
    sa.Column('size_bytes', sa.BigInteger(), nullable=False),
    sa.Column('page_count', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('imported_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('extractor_version', sa.String(length=32), nullable=True),
    sa.CheckConstraint("status IN ('imported', 'failed')", name=op.f('ck_documents_status')),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_documents_agency_id_agencies')),
    sa.ForeignKeyConstraint(['parent_id'], ['documents.id'], name=op.f('fk_documents_parent_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_documents_request_id_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents')),
    sa.UniqueConstraint('sha256', name=op.f('uq_documents_sha256'))
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_request_id'), ['request_id'], unique=False)

    op.create_table('messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('page_start', sa.Integer(), nullable=True),
    sa.Column('page_end', sa.Integer(), nullable=True),
    sa.Column('sender_name', sa.String(length=500), nullable=True),
    sa.Column('sender_address', sa.String(length=500), nullable=True),
    sa.Column('recipients', sa.Text(), nullable=True),
    sa.Column('cc', sa.Text(), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_at_local', sa.DateTime(), nullable=True),
    sa.Column('sent_at_text', sa.String(length=200), nullable=True),
    sa.Column('subject', sa.Text(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('header_message_id', sa.String(length=998), nullable=True),
    sa.Column('fingerprint', sa.String(length=64), nullable=True),
    sa.Column('duplicate_of_id', sa.Integer(), nullable=True),
    sa.Column('sender_agency_id', sa.Integer(), nullable=True),
    sa.Column('sender_vendor_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_messages_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['duplicate_of_id'], ['messages.id'], name=op.f('fk_messages_duplicate_of_id_messages'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['sender_agency_id'], ['agencies.id'], name=op.f('fk_messages_sender_agency_id_agencies')),
    sa.ForeignKeyConstraint(['sender_vendor_id'], ['vendors.id'], name=op.f('fk_messages_sender_vendor_id_vendors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_messages'))
    )
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_messages_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_fingerprint'), ['fingerprint'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_sent_at'), ['sent_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_sent_at_local'), ['sent_at_local'], unique=False)

    op.create_table('pages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('text_source', sa.String(length=8), nullable=False),
    sa.Column('ocr_confidence', sa.Float(), nullable=True),
    sa.Column('needs_ocr', sa.Boolean(), nullable=False),
    sa.Column('bates', sa.String(length=100), nullable=True),
    sa.CheckConstraint("text_source IN ('layer', 'ocr', 'none')", name=op.f('ck_pages_text_source')),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_pages_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pages')),
    sa.UniqueConstraint('document_id', 'number', name='uq_pages_document_id_number')
    )
    with op.batch_alter_table('pages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pages_bates'), ['bates'], unique=False)

    op.create_table('attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=1000), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_attachments_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_attachments_message_id_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachments_message_id'), ['message_id'], unique=False)

    op.create_table('costs',
    sa.Column('amount_min', sa.Numeric(precision=20, scale=6), nullable=False),
    sa.Column('amount_max', sa.Numeric(precision=20, scale=6), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('period', sa.String(length=16), nullable=True),
    sa.Column('unit', sa.String(length=64), nullable=True),
    sa.Column('unit_quantity', sa.Numeric(precision=20, scale=6), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=True),
    sa.Column('monthly_usd_min', sa.Numeric(precision=20, scale=6), nullable=True),
    sa.Column('monthly_usd_max', sa.Numeric(precision=20, scale=6), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('page_id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('char_start', sa.Integer(), nullable=False),
    sa.Column('char_end', sa.Integer(), nullable=False),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('extractor', sa.String(length=64), nullable=False),
    sa.Column('extractor_version', sa.String(length=32), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('review_status', sa.String(length=16), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('vendor_id', sa.Integer(), nullable=True),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('agency_source', sa.String(length=16), nullable=True),
    sa.Column('vendor_source', sa.String(length=16), nullable=True),
    sa.CheckConstraint("review_status IN ('unreviewed', 'verified', 'rejected', 'corrected')", name=op.f('ck_costs_review_status')),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_costs_agency_id_agencies')),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_costs_message_id_messages'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['page_id'], ['pages.id'], name=op.f('fk_costs_page_id_pages'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_costs_product_id_products')),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_costs_vendor_id_vendors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_costs'))
    )
    with op.batch_alter_table('costs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_costs_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_costs_message_id'), ['message_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_costs_page_id'), ['page_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_costs_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_costs_review_status'), ['review_status'], unique=False)
        batch_op.create_index(batch_op.f('ix_costs_vendor_id'), ['vendor_id'], unique=False)

    op.create_table('policies',
    sa.Column('statement', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('page_id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('char_start', sa.Integer(), nullable=False),
    sa.Column('char_end', sa.Integer(), nullable=False),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('extractor', sa.String(length=64), nullable=False),
    sa.Column('extractor_version', sa.String(length=32), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('review_status', sa.String(length=16), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('vendor_id', sa.Integer(), nullable=True),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('agency_source', sa.String(length=16), nullable=True),
    sa.Column('vendor_source', sa.String(length=16), nullable=True),
    sa.CheckConstraint("review_status IN ('unreviewed', 'verified', 'rejected', 'corrected')", name=op.f('ck_policies_review_status')),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_policies_agency_id_agencies')),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_policies_message_id_messages'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['page_id'], ['pages.id'], name=op.f('fk_policies_page_id_pages'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_policies_product_id_products')),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_policies_vendor_id_vendors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policies'))
    )
    with op.batch_alter_table('policies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_policies_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_policies_message_id'), ['message_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_policies_page_id'), ['page_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_policies_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_policies_review_status'), ['review_status'], unique=False)
        batch_op.create_index(batch_op.f('ix_policies_vendor_id'), ['vendor_id'], unique=False)

    op.create_table('redactions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('page_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['page_id'], ['pages.id'], name=op.f('fk_redactions_page_id_pages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_redactions')),
    sa.UniqueConstraint('page_id', 'code', name='uq_redactions_page_id_code')
    )
    op.create_table('usage_counts',
    sa.Column('count', sa.BigInteger(), nullable=False),
    sa.Column('qualifier', sa.String(length=16), nullable=False),
    sa.Column('measure', sa.String(length=64), nullable=False),
    sa.Column('per', sa.String(length=16), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('page_id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('char_start', sa.Integer(), nullable=False),
    sa.Column('char_end', sa.Integer(), nullable=False),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('extractor', sa.String(length=64), nullable=False),
    sa.Column('extractor_version', sa.String(length=32), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('review_status', sa.String(length=16), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('vendor_id', sa.Integer(), nullable=True),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('agency_source', sa.String(length=16), nullable=True),
    sa.Column('vendor_source', sa.String(length=16), nullable=True),
    sa.CheckConstraint("review_status IN ('unreviewed', 'verified', 'rejected', 'corrected')", name=op.f('ck_usage_counts_review_status')),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_usage_counts_agency_id_agencies')),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_usage_counts_message_id_messages'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['page_id'], ['pages.id'], name=op.f('fk_usage_counts_page_id_pages'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_usage_counts_product_id_products')),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_usage_counts_vendor_id_vendors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_usage_counts'))
    )
    with op.batch_alter_table('usage_counts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_usage_counts_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_usage_counts_message_id'), ['message_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_usage_counts_page_id'), ['page_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_usage_counts_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_usage_counts_review_status'), ['review_status'], unique=False)
        batch_op.create_index(batch_op.f('ix_usage_counts_vendor_id'), ['vendor_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('usage_counts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_usage_counts_vendor_id'))
        batch_op.drop_index(batch_op.f('ix_usage_counts_review_status'))
        batch_op.drop_index(batch_op.f('ix_usage_counts_product_id'))
        batch_op.drop_index(batch_op.f('ix_usage_counts_page_id'))
        batch_op.drop_index(batch_op.f('ix_usage_counts_message_id'))
        batch_op.drop_index(batch_op.f('ix_usage_counts_agency_id'))

    op.drop_table('usage_counts')
    op.drop_table('redactions')
    with op.batch_alter_table('policies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_policies_vendor_id'))
        batch_op.drop_index(batch_op.f('ix_policies_review_status'))
        batch_op.drop_index(batch_op.f('ix_policies_product_id'))
        batch_op.drop_index(batch_op.f('ix_policies_page_id'))
        batch_op.drop_index(batch_op.f('ix_policies_message_id'))
        batch_op.drop_index(batch_op.f('ix_policies_agency_id'))

    op.drop_table('policies')
    with op.batch_alter_table('costs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_costs_vendor_id'))
        batch_op.drop_index(batch_op.f('ix_costs_review_status'))
        batch_op.drop_index(batch_op.f('ix_costs_product_id'))
        batch_op.drop_index(batch_op.f('ix_costs_page_id'))
        batch_op.drop_index(batch_op.f('ix_costs_message_id'))
        batch_op.drop_index(batch_op.f('ix_costs_agency_id'))

    op.drop_table('costs')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_message_id'))
        batch_op.drop_index(batch_op.f('ix_attachments_document_id'))

    op.drop_table('attachments')
    with op.batch_alter_table('pages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pages_bates'))

    op.drop_table('pages')
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_messages_sent_at_local'))
        batch_op.drop_index(batch_op.f('ix_messages_sent_at'))
        batch_op.drop_index(batch_op.f('ix_messages_fingerprint'))
        batch_op.drop_index(batch_op.f('ix_messages_document_id'))

    op.drop_table('messages')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_request_id'))
        batch_op.drop_index(batch_op.f('ix_documents_parent_id'))
        batch_op.drop_index(batch_op.f('ix_documents_agency_id'))

    op.drop_table('documents')
    with op.batch_alter_table('vendor_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vendor_aliases_vendor_id'))

    op.drop_table('vendor_aliases')
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_requests_agency_id'))

    op.drop_table('requests')
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_products_vendor_id'))

    op.drop_table('products')
    with op.batch_alter_table('agency_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agency_aliases_agency_id'))

    op.drop_table('agency_aliases')
    op.drop_table('vendors')
    op.drop_table('agencies')
