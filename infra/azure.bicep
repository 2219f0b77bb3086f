// Micro-Acquisition for Teams in one resource group: the storage account (records in Table
// storage, the public site in its static website), the Front Door that serves that site with its
// security headers, the web app that runs the server, the Azure Bot with its Teams channel, and
// monitoring. Guide: docs/deploy.md. The app settings below are
// exactly the settings server/config.ts marks `production: 'infra'` (tests/infra/contract.test.ts).

@description('Lowercase letters and digits, 3 to 11 characters: the start of every resource name.')
@minLength(3)
@maxLength(11)
param resourceBaseName string

@description('Azure region of every resource except the bot, which is global.')
param location string = resourceGroup().location

@description('Client id of the Entra ID app the tab signs in with (Teams SSO), made by aadApp/create or by hand (docs/deploy.md).')
param tabClientId string

@description('The Teams app id, made by teamsApp/create (TEAMS_APP_ID): the bot links its draft card to the tab with it.')
param teamsAppId string

@description('Comma-separated Entra object ids or user principal names of the first admins (BOOTSTRAP_ADMINS, docs/configuration.md).')
@minLength(1)
param bootstrapAdmins string

@description('The program\'s e-mail address, named on the public privacy page (PROGRAM_CONTACT_EMAIL, docs/configuration.md).')
@minLength(3)
param programContactEmail string

@description('Where the public feedback page sends people: an e-mail address or an https:// page (FEEDBACK_ADDRESS, docs/configuration.md).')
@minLength(3)
param feedbackAddress string

@description('App Service plan size. B1 is the smallest with Always On; P0v3 and up for more instances.')
param appServiceSku string = 'B1'

@description('Number of web app instances. The server is stateless, so any number share one storage account.')
@minValue(1)
param instanceCount int = 1

@description('Node.js runtime of the web app.')
param linuxFxVersion string = 'NODE|22-lts'

@description('Storage redundancy. Zone-redundant keeps the records through the loss of one zone.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_ZRS'

@description('Azure Bot pricing tier; the Teams channel is a standard channel, free on F0.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Days Log Analytics keeps the web app logs.')
@minValue(30)
param logRetentionDays int = 30

@description('Days each daily backup stays unchangeable and undeletable in the backups container (time-based immutability, docs/operations.md).')
@minValue(1)
param backupRetentionDays int = 35

var suffix = uniqueString(resourceGroup().id, resourceBaseName)
var storageAccountName = take(toLower('${resourceBaseName}${suffix}'), 24)
var globalName = toLower('${resourceBaseName}-${suffix}')

// Built-in role definitions (the same ids in every tenant).
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
// The blob role is narrowed by a condition (Azure ABAC, conditionVersion 2.0) to the two containers
// the server writes: every read, write, create, move and delete of a blob elsewhere is refused.
var blobActionsOutsideCondition = '!(ActionMatches{\'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete\'}) AND !(ActionMatches{\'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read\'}) AND !(ActionMatches{\'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write\'}) AND !(ActionMatches{\'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action\'}) AND !(ActionMatches{\'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/move/action\'})'
var siteOrBackupsContainer = '@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringEquals \'$web\' OR @Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringEquals \'backups\''

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    accessTier: 'Hot'
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    // No anonymous containers. The static website ($web) is public by design and unaffected.
    allowBlobPublicAccess: false
    // The server signs in with its managed identity; account keys are never needed.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
  }
}

// The records and their audit trail: nobody deletes the account by mistake (remove the lock first).
resource storageLock 'Microsoft.Authorization/locks@2020-05-01' = {
  name: 'records-and-audit-trail'
  scope: storage
  properties: {
    level: 'CanNotDelete'
    notes: 'Holds every opportunity and its audit trail.'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' existing = {
  parent: storage
  name: 'default'
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' existing = {
  parent: storage
  name: 'default'
}

// Daily backups (server/dailyBackup.ts, docs/operations.md): written once by the server with its
// managed identity (Storage Blob Data Contributor below), then neither changed nor deleted by
// anyone for backupRetentionDays. The policy is created unlocked; lock it by hand once checked
// (locking cannot be undone).
resource backupContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: 'backups'
  properties: {
    publicAccess: 'None'
  }
}

resource backupImmutability 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2023-05-01' = {
  parent: backupContainer
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: backupRetentionDays
    allowProtectedAppendWrites: false
  }
}

// Data-plane audit: every read, write and delete of a table row or a site file, by whom.
resource tableLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'data-plane'
  scope: tableService
  properties: {
    workspaceId: logs.id
    logs: [
      {
        category: 'StorageRead'
        enabled: true
      }
      {
        category: 'StorageWrite'
        enabled: true
      }
      {
        category: 'StorageDelete'
        enabled: true
      }
    ]
  }
}

resource blobLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'data-plane'
  scope: blobService
  properties: {
    workspaceId: logs.id
    logs: [
      {
        category: 'StorageWrite'
        enabled: true
      }
      {
        category: 'StorageDelete'
        enabled: true
      }
    ]
  }
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

// Records: the server creates its tables at start and reads and writes their rows.
resource tableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// The public site and the daily backups: the server publishes into the static website's $web
// container and writes the backups container. $web only exists once the static website is
// enabled, so the role is on the account, and its condition allows those two containers alone.
resource blobAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageBlobDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    condition: '((${blobActionsOutsideCondition}) OR (${siteOrBackupsContainer}))'
    conditionVersion: '2.0'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: globalName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Stateless: any instance may answer any request.
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      appCommandLine: 'node --enable-source-maps dist/server.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
  }
}

// Code arrives by zip deploy signed in with Entra ID: no FTP or SCM user name and password.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'scm'
  properties: {
    allow: false
  }
}

// The public site. The static website ($web) sends no headers of its own, so readers reach it
// through Front Door Standard, which adds the headers the server sends when it serves the site
// itself (site/csp.ts sitePageHeaders; tests/infra/contract.test.ts keeps the two the same).
// Front Door caches nothing here: a page changes as soon as its opportunity does.
var staticWebsiteHost = replace(replace(storage.properties.primaryEndpoints.web, 'https://', ''), '/', '')

resource front 'Microsoft.Cdn/profiles@2024-09-01' = {
  name: '${resourceBaseName}-front'
  location: 'global'
  sku: {
    name: 'Standard_AzureFrontDoor'
  }
}

resource siteEndpoint 'Microsoft.Cdn/profiles/afdEndpoints@2024-09-01' = {
  parent: front
  name: globalName
  location: 'global'
  properties: {
    enabledState: 'Enabled'
  }
}

// One origin, so no health probe: there is nowhere else to send a reader.
resource siteOrigins 'Microsoft.Cdn/profiles/originGroups@2024-09-01' = {
  parent: front
  name: 'static-website'
  properties: {
    loadBalancingSettings: {
      sampleSize: 4
      successfulSamplesRequired: 3
      additionalLatencyInMilliseconds: 50
    }
  }
}

resource siteOrigin 'Microsoft.Cdn/profiles/originGroups/origins@2024-09-01' = {
  parent: siteOrigins
  name: 'static-website'
  properties: {
    hostName: staticWebsiteHost
    // The static website answers only to its own host name.
    originHostHeader: staticWebsiteHost
    httpPort: 80
    httpsPort: 443
    priority: 1
    weight: 1000
    enforceCertificateNameCheck: true
    enabledState: 'Enabled'
  }
}

// Rule set and rule names: letters and digits only.
resource siteHeaders 'Microsoft.Cdn/profiles/ruleSets@2024-09-01' = {
  parent: front
  name: 'SitePageHeaders'
}

// No condition: every answer, pages, assets and the static website's 404 alike. At most 5 actions a rule.
resource siteHeadersRule 'Microsoft.Cdn/profiles/ruleSets/rules@2024-09-01' = {
  parent: siteHeaders
  name: 'SecurityHeaders'
  properties: {
    order: 1
    conditions: []
    // sitePageHeaders(APP_BASE_URL/apply) in site/csp.ts: forms may post only to this server.
    actions: [
      {
        name: 'ModifyResponseHeader'
        parameters: {
          typeName: 'DeliveryRuleHeaderActionParameters'
          headerAction: 'Overwrite'
          headerName: 'Content-Security-Policy'
          value: 'default-src \'none\'; script-src \'self\'; style-src \'self\' \'unsafe-inline\'; img-src \'self\' data:; font-src \'self\'; connect-src \'self\'; base-uri \'none\'; form-action https://${webApp.properties.defaultHostName}; frame-ancestors \'none\''
        }
      }
      {
        name: 'ModifyResponseHeader'
        parameters: {
          typeName: 'DeliveryRuleHeaderActionParameters'
          headerAction: 'Overwrite'
          headerName: 'X-Content-Type-Options'
          value: 'nosniff'
        }
      }
      {
        name: 'ModifyResponseHeader'
        parameters: {
          typeName: 'DeliveryRuleHeaderActionParameters'
          headerAction: 'Overwrite'
          headerName: 'Referrer-Policy'
          value: 'strict-origin'
        }
      }
      {
        name: 'ModifyResponseHeader'
        parameters: {
          typeName: 'DeliveryRuleHeaderActionParameters'
          headerAction: 'Overwrite'
          headerName: 'Strict-Transport-Security'
          value: 'max-age=31536000; includeSubDomains'
        }
      }
    ]
    matchProcessingBehavior: 'Continue'
  }
}

// HTTPS to the reader (plain HTTP is accepted only to be redirected) and to the static website.
resource siteRoute 'Microsoft.Cdn/profiles/afdEndpoints/routes@2024-09-01' = {
  parent: siteEndpoint
  name: 'public-site'
  properties: {
    originGroup: {
      id: siteOrigins.id
    }
    ruleSets: [
      {
        id: siteHeaders.id
      }
    ]
    supportedProtocols: [
      'Http'
      'Https'
    ]
    httpsRedirect: 'Enabled'
    forwardingProtocol: 'HttpsOnly'
    patternsToMatch: [
      '/*'
    ]
    linkToDefaultDomain: 'Enabled'
    enabledState: 'Enabled'
  }
  // A route needs an origin group that holds an origin, and a rule set that holds its rule.
  dependsOn: [
    siteOrigin
    siteHeadersRule
  ]
}

// The Front Door address, as the server builds links on it and accepts form posts from it.
var publicSiteUrl = 'https://${siteEndpoint.properties.hostName}'

// Every setting the server reads in production that the platform does not set, and nothing else.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    NODE_ENV: 'production'
    STORAGE_ACCOUNT_URL: storage.properties.primaryEndpoints.table
    AZURE_CLIENT_ID: identity.properties.clientId
    MicrosoftAppId: identity.properties.clientId
    MicrosoftAppType: 'UserAssignedMSI'
    MicrosoftAppTenantId: identity.properties.tenantId
    AAD_APP_CLIENT_ID: tabClientId
    TEAMS_APP_ID: teamsAppId
    BOOTSTRAP_ADMINS: bootstrapAdmins
    PROGRAM_CONTACT_EMAIL: programContactEmail
    FEEDBACK_ADDRESS: feedbackAddress
    APP_BASE_URL: 'https://${webApp.properties.defaultHostName}'
    PUBLIC_SITE_URL: publicSiteUrl
    SITE_CONTAINER_URL: '${storage.properties.primaryEndpoints.blob}$web'
    BACKUP_CONTAINER_URL: '${storage.properties.primaryEndpoints.blob}backups'
    // App Service's front end appends the client's address to X-Forwarded-For.
    TRUSTED_PROXY_HOPS: '1'
  }
  dependsOn: [
    tableAccess
    blobAccess
    backupImmutability
  ]
}

// The web app's output (the server's JSON log lines), HTTP log, platform events and sign-ins to
// its publishing endpoints.
resource webAppLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'logs'
  scope: webApp
  properties: {
    workspaceId: logs.id
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
      {
        category: 'AppServiceAuditLogs'
        enabled: true
      }
    ]
  }
}

// Application Insights checks /healthz from three places every five minutes.
resource healthTest 'Microsoft.Insights/webtests@2022-06-15' = {
  name: '${resourceBaseName}-healthz'
  location: location
  kind: 'standard'
  tags: {
    'hidden-link:${insights.id}': 'Resource'
  }
  properties: {
    SyntheticMonitorId: '${resourceBaseName}-healthz'
    Name: 'GET /healthz'
    Kind: 'standard'
    Enabled: true
    Frequency: 300
    Timeout: 30
    RetryEnabled: true
    Locations: [
      {
        Id: 'us-va-ash-azr'
      }
      {
        Id: 'us-il-ch1-azr'
      }
      {
        Id: 'us-tx-sn1-azr'
      }
    ]
    Request: {
      RequestUrl: 'https://${webApp.properties.defaultHostName}/healthz'
      HttpVerb: 'GET'
      ParseDependentRequests: false
    }
    ValidationRules: {
      ExpectedHttpStatusCode: 200
      SSLCheck: true
      SSLCertRemainingLifetimeCheck: 7
    }
  }
}

// The bot proves who it is with the web app's managed identity: no secret anywhere.
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: globalName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'Micro-Acquisition'
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
      deploymentEnvironment: 'CommercialDeployment'
    }
  }
}

// Written by the Agents Toolkit into infra/env/.env.ENV; what appPackage/manifest.json and
// infra/aad.manifest.json need, and what the deploy step and docs/deploy.md use.
output BOT_ID string = identity.properties.clientId
output APP_DOMAIN string = webApp.properties.defaultHostName
output APP_BASE_URL string = 'https://${webApp.properties.defaultHostName}'
output PUBLIC_SITE_URL string = publicSiteUrl
// The Teams manifest unfurls links to this host (composeExtensions' messageHandlers).
output PUBLIC_SITE_DOMAIN string = siteEndpoint.properties.hostName
output WEB_APP_NAME string = webApp.name
output WEB_APP_RESOURCE_ID string = webApp.id
output STORAGE_ACCOUNT_NAME string = storage.name
output STORAGE_RESOURCE_ID string = storage.id
