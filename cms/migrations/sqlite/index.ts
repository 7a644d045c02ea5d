import * as migration_20261128_212654_initial from './20261128_212654_initial'
import * as migration_20261128_215500_programme_globals from './20261128_215500_programme_globals'
import * as migration_20261128_233926_site_publishing from './20261128_233926_site_publishing'
import * as migration_20261203_130200_document_key from './20261203_130200_document_key'
import * as migration_20261203_130240_drop_account_lock from './20261203_130240_drop_account_lock'
import * as migration_20261203_142052_public_forms_legal_pages_page_views from './20261203_142052_public_forms_legal_pages_page_views'
import * as migration_20261203_142546_personal_data_erasure from './20261203_142546_personal_data_erasure'
import * as migration_20261203_155950_worker_lease from './20261203_155950_worker_lease'
import * as migration_20261203_160439_ecosystem_directory from './20261203_160439_ecosystem_directory'
import * as migration_20261203_194901_privacy_requests from './20261203_194901_privacy_requests'
import * as migration_20261203_210138_programme_targets_to_programmes from './20261203_210138_programme_targets_to_programmes'

export const migrations = [
  {
    up: migration_20261128_212654_initial.up,
    down: migration_20261128_212654_initial.down,
    name: '20261128_212654_initial',
  },
  {
    up: migration_20261128_215500_programme_globals.up,
    down: migration_20261128_215500_programme_globals.down,
    name: '20261128_215500_programme_globals',
  },
  {
    up: migration_20261128_233926_site_publishing.up,
    down: migration_20261128_233926_site_publishing.down,
    name: '20261128_233926_site_publishing',
  },
  {
    up: migration_20261203_130200_document_key.up,
    down: migration_20261203_130200_document_key.down,
    name: '20261203_130200_document_key',
  },
  {
    up: migration_20261203_130240_drop_account_lock.up,
    down: migration_20261203_130240_drop_account_lock.down,
    name: '20261203_130240_drop_account_lock',
  },
  {
    up: migration_20261203_142052_public_forms_legal_pages_page_views.up,
    down: migration_20261203_142052_public_forms_legal_pages_page_views.down,
    name: '20261203_142052_public_forms_legal_pages_page_views',
  },
  {
    up: migration_20261203_142546_personal_data_erasure.up,
    down: migration_20261203_142546_personal_data_erasure.down,
    name: '20261203_142546_personal_data_erasure',
  },
  {
    up: migration_20261203_155950_worker_lease.up,
    down: migration_20261203_155950_worker_lease.down,
    name: '20261203_155950_worker_lease',
  },
  {
    up: migration_20261203_160439_ecosystem_directory.up,
    down: migration_20261203_160439_ecosystem_directory.down,
    name: '20261203_160439_ecosystem_directory',
  },
  {
    up: migration_20261203_194901_privacy_requests.up,
    down: migration_20261203_194901_privacy_requests.down,
    name: '20261203_194901_privacy_requests',
  },
  {
    up: migration_20261203_210138_programme_targets_to_programmes.up,
    down: migration_20261203_210138_programme_targets_to_programmes.down,
    name: '20261203_210138_programme_targets_to_programmes',
  },
]
