
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'voxai' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'voxai'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'voxai' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in, log out, show the active credentials')
            [CompletionResult]::new('quota', 'quota', [CompletionResultType]::ParameterValue, 'The plan and what is left of each quota')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Costs and usage over a period')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'LiveKit access tokens')
            [CompletionResult]::new('rooms', 'rooms', [CompletionResultType]::ParameterValue, 'Rooms: create, list, inspect, close, kick')
            [CompletionResult]::new('agents', 'agents', [CompletionResultType]::ParameterValue, 'Agent configurations and their tools')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'Sessions and transcripts')
            [CompletionResult]::new('recordings', 'recordings', [CompletionResultType]::ParameterValue, 'Recordings: start, stop, list, download, delete')
            [CompletionResult]::new('sip', 'sip', [CompletionResultType]::ParameterValue, 'Phone calls over SIP')
            [CompletionResult]::new('kb', 'kb', [CompletionResultType]::ParameterValue, 'Knowledge bases for RAG')
            [CompletionResult]::new('webhooks', 'webhooks', [CompletionResultType]::ParameterValue, 'Webhooks: fire a test, verify a signature, run a local receiver')
            [CompletionResult]::new('monitor', 'monitor', [CompletionResultType]::ParameterValue, 'Live room events, one line each, reconnecting on its own')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Call control: data messages, participant updates, muting')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Shell completions for bash, zsh, fish, powershell or elvish')
            [CompletionResult]::new('mock', 'mock', [CompletionResultType]::ParameterValue, 'Run the reference server (the whole API, in memory)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read recorded answers (a cassette of `voxai mock --proxy`) against the SDK''s types')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'A guided tour of every section against an embedded reference server')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;auth' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store an API key for the profile, after checking it against the API')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the profile''s key')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the profile, base URL, plan and the key (masked)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;auth;login' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('--with-key', '--with-key', [CompletionResultType]::ParameterName, 'Read the key from stdin instead of prompting (for scripts)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;auth;logout' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;auth;status' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store an API key for the profile, after checking it against the API')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the profile''s key')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the profile, base URL, plan and the key (masked)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;auth;help;login' {
            break
        }
        'voxai;auth;help;logout' {
            break
        }
        'voxai;auth;help;status' {
            break
        }
        'voxai;auth;help;help' {
            break
        }
        'voxai;quota' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;usage' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'The period to sum')
            [CompletionResult]::new('--group-by', '--group-by', [CompletionResultType]::ParameterName, 'How to break it down')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;token' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'A LiveKit access token to join a room, dispatching agents')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;token;create' {
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Participant identity')
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Room name, without the project prefix')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'Agent to dispatch (repeatable); the project''s default agent when none')
            [CompletionResult]::new('--grant', '--grant', [CompletionResultType]::ParameterName, 'Extra LiveKit grant, e.g. canPublish=false (repeatable)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('--no-agent', '--no-agent', [CompletionResultType]::ParameterName, 'Dispatch no agent')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;token;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'A LiveKit access token to join a room, dispatching agents')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;token;help;create' {
            break
        }
        'voxai;token;help;help' {
            break
        }
        'voxai;rooms' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Active rooms')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a room')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A room with its participants (closed rooms too)')
            [CompletionResult]::new('participants', 'participants', [CompletionResultType]::ParameterValue, 'Participants with their state and tracks')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Close a room, disconnecting everyone (asks first)')
            [CompletionResult]::new('kick', 'kick', [CompletionResultType]::ParameterValue, 'Remove a participant (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;rooms;list' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;rooms;create' {
            [CompletionResult]::new('--empty-timeout', '--empty-timeout', [CompletionResultType]::ParameterName, 'Seconds an empty room stays open')
            [CompletionResult]::new('--max-participants', '--max-participants', [CompletionResultType]::ParameterName, 'Maximum participants (0 = unlimited)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Room metadata')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;rooms;get' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;rooms;participants' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;rooms;delete' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;rooms;kick' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;rooms;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Active rooms')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a room')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A room with its participants (closed rooms too)')
            [CompletionResult]::new('participants', 'participants', [CompletionResultType]::ParameterValue, 'Participants with their state and tracks')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Close a room, disconnecting everyone (asks first)')
            [CompletionResult]::new('kick', 'kick', [CompletionResultType]::ParameterValue, 'Remove a participant (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;rooms;help;list' {
            break
        }
        'voxai;rooms;help;create' {
            break
        }
        'voxai;rooms;help;get' {
            break
        }
        'voxai;rooms;help;participants' {
            break
        }
        'voxai;rooms;help;delete' {
            break
        }
        'voxai;rooms;help;kick' {
            break
        }
        'voxai;rooms;help;help' {
            break
        }
        'voxai;agents' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Agent configurations')
            [CompletionResult]::new('tools', 'tools', [CompletionResultType]::ParameterValue, 'The tools of an agent')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;agents;list' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;agents;tools' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;agents;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Agent configurations')
            [CompletionResult]::new('tools', 'tools', [CompletionResultType]::ParameterValue, 'The tools of an agent')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;agents;help;list' {
            break
        }
        'voxai;agents;help;tools' {
            break
        }
        'voxai;agents;help;help' {
            break
        }
        'voxai;sessions' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Sessions, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A session with its agent and costs')
            [CompletionResult]::new('transcript', 'transcript', [CompletionResultType]::ParameterValue, 'A session''s transcript')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Start a session log for a room (usually the agent server''s job)')
            [CompletionResult]::new('add-transcript', 'add-transcript', [CompletionResultType]::ParameterValue, 'Add a transcript line to a room''s active session')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a room''s active session')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;sessions;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only active or completed sessions')
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'Only sessions of this agent')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only voice or SIP sessions')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From this date (ISO 8601)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Up to this date (ISO 8601)')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number')
            [CompletionResult]::new('--per-page', '--per-page', [CompletionResultType]::ParameterName, 'Results per page [default: the server''s; with --all, 100 unless the server refuses it]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every page, streamed (the next page is fetched while one is printed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;sessions;get' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;sessions;transcript' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, '`text` (`[mm:ss] Speaker: content`) or `json` (`-o json` implies json)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;sessions;create' {
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'Agent handling it')
            [CompletionResult]::new('--caller', '--caller', [CompletionResultType]::ParameterName, 'Identity of the caller')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Session type')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata, a JSON object')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;sessions;add-transcript' {
            [CompletionResult]::new('--speaker', '--speaker', [CompletionResultType]::ParameterName, 'Who said it')
            [CompletionResult]::new('--content', '--content', [CompletionResultType]::ParameterName, 'What was said')
            [CompletionResult]::new('--at-ms', '--at-ms', [CompletionResultType]::ParameterName, 'Milliseconds from session start')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'Mark the line as partial (not final)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;sessions;end' {
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'Summary')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Duration in seconds, instead of the computed one')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;sessions;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Sessions, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A session with its agent and costs')
            [CompletionResult]::new('transcript', 'transcript', [CompletionResultType]::ParameterValue, 'A session''s transcript')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Start a session log for a room (usually the agent server''s job)')
            [CompletionResult]::new('add-transcript', 'add-transcript', [CompletionResultType]::ParameterValue, 'Add a transcript line to a room''s active session')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a room''s active session')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;sessions;help;list' {
            break
        }
        'voxai;sessions;help;get' {
            break
        }
        'voxai;sessions;help;transcript' {
            break
        }
        'voxai;sessions;help;create' {
            break
        }
        'voxai;sessions;help;add-transcript' {
            break
        }
        'voxai;sessions;help;end' {
            break
        }
        'voxai;sessions;help;help' {
            break
        }
        'voxai;recordings' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start recording a room')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop one recording (--egress-id), or all of the room''s (asks first)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Recordings, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One recording')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download the audio (through FILE.part, mode 0600; an interrupted download resumes from it)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a recording and its file (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;recordings;start' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;recordings;stop' {
            [CompletionResult]::new('--egress-id', '--egress-id', [CompletionResultType]::ParameterName, 'The egress to stop')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;recordings;list' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Only this room''s')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only in this state')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number')
            [CompletionResult]::new('--per-page', '--per-page', [CompletionResultType]::ParameterName, 'Results per page [default: the server''s; with --all, 100 unless the server refuses it]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every page, streamed (the next page is fetched while one is printed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;recordings;get' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;recordings;download' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;recordings;delete' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;recordings;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start recording a room')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop one recording (--egress-id), or all of the room''s (asks first)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Recordings, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One recording')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download the audio (through FILE.part, mode 0600; an interrupted download resumes from it)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a recording and its file (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;recordings;help;start' {
            break
        }
        'voxai;recordings;help;stop' {
            break
        }
        'voxai;recordings;help;list' {
            break
        }
        'voxai;recordings;help;get' {
            break
        }
        'voxai;recordings;help;download' {
            break
        }
        'voxai;recordings;help;delete' {
            break
        }
        'voxai;recordings;help;help' {
            break
        }
        'voxai;sip' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('dial', 'dial', [CompletionResultType]::ParameterValue, 'Call a phone number with an agent')
            [CompletionResult]::new('trunks', 'trunks', [CompletionResultType]::ParameterValue, 'SIP trunks')
            [CompletionResult]::new('configs', 'configs', [CompletionResultType]::ParameterValue, 'SIP configurations')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;sip;dial' {
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'Agent to dispatch')
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Room name suffix')
            [CompletionResult]::new('--caller-id', '--caller-id', [CompletionResultType]::ParameterName, 'Caller id to show, E.164')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Call metadata, a JSON object')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;sip;trunks' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;sip;configs' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;sip;help' {
            [CompletionResult]::new('dial', 'dial', [CompletionResultType]::ParameterValue, 'Call a phone number with an agent')
            [CompletionResult]::new('trunks', 'trunks', [CompletionResultType]::ParameterValue, 'SIP trunks')
            [CompletionResult]::new('configs', 'configs', [CompletionResultType]::ParameterValue, 'SIP configurations')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;sip;help;dial' {
            break
        }
        'voxai;sip;help;trunks' {
            break
        }
        'voxai;sip;help;configs' {
            break
        }
        'voxai;sip;help;help' {
            break
        }
        'voxai;kb' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a knowledge base')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Knowledge bases')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One knowledge base')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a knowledge base with every chunk (asks first)')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload documents (.txt .md .csv .json, 10 MB each)')
            [CompletionResult]::new('ingest', 'ingest', [CompletionResultType]::ParameterValue, 'Ingest raw text from --content, --file, or stdin')
            [CompletionResult]::new('reindex', 'reindex', [CompletionResultType]::ParameterValue, 'Re-embed every chunk')
            [CompletionResult]::new('chunks', 'chunks', [CompletionResultType]::ParameterValue, 'Chunks (content cut to 200 characters)')
            [CompletionResult]::new('chunk-update', 'chunk-update', [CompletionResultType]::ParameterValue, 'Replace a chunk''s text')
            [CompletionResult]::new('chunk-delete', 'chunk-delete', [CompletionResultType]::ParameterValue, 'Delete a chunk (asks first)')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Semantic search, best first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;kb;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--chunk-size', '--chunk-size', [CompletionResultType]::ParameterName, 'Characters per chunk')
            [CompletionResult]::new('--chunk-overlap', '--chunk-overlap', [CompletionResultType]::ParameterName, 'Characters shared by neighbouring chunks')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;kb;list' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;kb;get' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;kb;delete' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;kb;upload' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;kb;ingest' {
            [CompletionResult]::new('--content', '--content', [CompletionResultType]::ParameterName, 'The text')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A file to read the text from (- for stdin)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Source label')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;kb;reindex' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;kb;chunks' {
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Only active (true) or inactive (false) chunks')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page number')
            [CompletionResult]::new('--per-page', '--per-page', [CompletionResultType]::ParameterName, 'Results per page [default: the server''s; with --all, 100 unless the server refuses it]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every page, streamed (the next page is fetched while one is printed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;kb;chunk-update' {
            [CompletionResult]::new('--content', '--content', [CompletionResultType]::ParameterName, 'New text')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;kb;chunk-delete' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;kb;search' {
            [CompletionResult]::new('--top-k', '--top-k', [CompletionResultType]::ParameterName, 'How many results')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;kb;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a knowledge base')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Knowledge bases')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One knowledge base')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a knowledge base with every chunk (asks first)')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload documents (.txt .md .csv .json, 10 MB each)')
            [CompletionResult]::new('ingest', 'ingest', [CompletionResultType]::ParameterValue, 'Ingest raw text from --content, --file, or stdin')
            [CompletionResult]::new('reindex', 'reindex', [CompletionResultType]::ParameterValue, 'Re-embed every chunk')
            [CompletionResult]::new('chunks', 'chunks', [CompletionResultType]::ParameterValue, 'Chunks (content cut to 200 characters)')
            [CompletionResult]::new('chunk-update', 'chunk-update', [CompletionResultType]::ParameterValue, 'Replace a chunk''s text')
            [CompletionResult]::new('chunk-delete', 'chunk-delete', [CompletionResultType]::ParameterValue, 'Delete a chunk (asks first)')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Semantic search, best first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;kb;help;create' {
            break
        }
        'voxai;kb;help;list' {
            break
        }
        'voxai;kb;help;get' {
            break
        }
        'voxai;kb;help;delete' {
            break
        }
        'voxai;kb;help;upload' {
            break
        }
        'voxai;kb;help;ingest' {
            break
        }
        'voxai;kb;help;reindex' {
            break
        }
        'voxai;kb;help;chunks' {
            break
        }
        'voxai;kb;help;chunk-update' {
            break
        }
        'voxai;kb;help;chunk-delete' {
            break
        }
        'voxai;kb;help;search' {
            break
        }
        'voxai;kb;help;help' {
            break
        }
        'voxai;webhooks' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test event to the project''s webhook endpoints')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a webhook body against its signature: exit 0 when valid, 1 when not')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'A local receiver: verifies, prints each event, optionally forwards it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;webhooks;test' {
            [CompletionResult]::new('--event-type', '--event-type', [CompletionResultType]::ParameterName, 'Event type to simulate (default test)')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'Payload, JSON')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;webhooks;verify' {
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The endpoint''s signing secret (not empty); prefer VOXAI_WEBHOOK_SECRET, as other users see flags in `ps`')
            [CompletionResult]::new('--signature', '--signature', [CompletionResultType]::ParameterName, 'The X-Webhook-Signature value (hex)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;webhooks;listen' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port on 127.0.0.1 (0 picks a free one; the address is printed on stderr)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The signing secret (not empty); prefer VOXAI_WEBHOOK_SECRET, as other users see flags in `ps`')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Refuse deliveries whose timestamp is older (or newer) than this, and answer a repeated delivery (the same signed body) within it 200 without acting on it again')
            [CompletionResult]::new('--forward-to', '--forward-to', [CompletionResultType]::ParameterName, 'Also POST each verified event, with its headers, to this URL. When the target fails or does not answer in time, the sender is answered 502 and retries')
            [CompletionResult]::new('--forward-timeout', '--forward-timeout', [CompletionResultType]::ParameterName, 'How long a forward may take (keep it below the sender''s timeout, 10 s for the reference server)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Exit after this many verified events (0: exit once listening)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;webhooks;help' {
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test event to the project''s webhook endpoints')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a webhook body against its signature: exit 0 when valid, 1 when not')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'A local receiver: verifies, prints each event, optionally forwards it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;webhooks;help;test' {
            break
        }
        'voxai;webhooks;help;verify' {
            break
        }
        'voxai;webhooks;help;listen' {
            break
        }
        'voxai;webhooks;help;help' {
            break
        }
        'voxai;monitor' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'Only these rooms (repeatable), with or without the project prefix (a name that starts with the prefix is read as the full name); every room when none')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Only these event types (repeatable), e.g. transcript.new')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Exit 0 after this many events')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Stop after this many seconds (an error if --count was not reached)')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;call' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('send-data', 'send-data', [CompletionResultType]::ParameterValue, 'Send data to everyone in a room, or whisper to some (--to)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a participant''s name, metadata or permissions')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute (or --unmute) a participant''s audio')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;call;send-data' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only these participants (repeatable)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Message topic')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;call;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata')
            [CompletionResult]::new('--can-publish', '--can-publish', [CompletionResultType]::ParameterName, 'Whether they may publish')
            [CompletionResult]::new('--can-subscribe', '--can-subscribe', [CompletionResultType]::ParameterName, 'Whether they may subscribe')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;call;mute' {
            [CompletionResult]::new('--track', '--track', [CompletionResultType]::ParameterName, 'A track other than the first audio track')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('--unmute', '--unmute', [CompletionResultType]::ParameterName, 'Unmute instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;call;help' {
            [CompletionResult]::new('send-data', 'send-data', [CompletionResultType]::ParameterValue, 'Send data to everyone in a room, or whisper to some (--to)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a participant''s name, metadata or permissions')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute (or --unmute) a participant''s audio')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;call;help;send-data' {
            break
        }
        'voxai;call;help;update' {
            break
        }
        'voxai;call;help;mute' {
            break
        }
        'voxai;call;help;help' {
            break
        }
        'voxai;completions' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;mock' {
            [CompletionResult]::new('--addr', '--addr', [CompletionResultType]::ParameterName, 'Address to listen on; port 0 picks a free one')
            [CompletionResult]::new('--fixtures', '--fixtures', [CompletionResultType]::ParameterName, 'Projects, keys and configuration instead of the built-in ones')
            [CompletionResult]::new('--webhook-url', '--webhook-url', [CompletionResultType]::ParameterName, 'A webhook endpoint for the first project''s events (repeatable)')
            [CompletionResult]::new('--webhook-secret', '--webhook-secret', [CompletionResultType]::ParameterName, 'Signing secret of the --webhook-url endpoints (other users see flags in `ps`: prefer the variable)')
            [CompletionResult]::new('--livekit-url', '--livekit-url', [CompletionResultType]::ParameterName, 'LiveKit URL returned as wsUrl')
            [CompletionResult]::new('--livekit-api-key', '--livekit-api-key', [CompletionResultType]::ParameterName, 'LiveKit API key that signs tokens (their iss)')
            [CompletionResult]::new('--livekit-api-secret', '--livekit-api-secret', [CompletionResultType]::ParameterName, 'LiveKit API secret that signs tokens (HS256); other users see flags in `ps`: prefer the variable')
            [CompletionResult]::new('--responses', '--responses', [CompletionResultType]::ParameterName, 'full: the documented bodies and extensions; minimal: only what the API reference shows (undocumented bodies are {"success": true}, no monitor confirmations), to prove a client needs no more')
            [CompletionResult]::new('--monitor-sockets-per-project', '--monitor-sockets-per-project', [CompletionResultType]::ParameterName, 'Monitor sockets one project may hold open at once (more get 429); raise it for load tests of the monitor')
            [CompletionResult]::new('--control-token', '--control-token', [CompletionResultType]::ParameterName, 'Require `Authorization: Bearer TOKEN` on the control plane (/_mock/); set it whenever other machines can reach the server')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'Instead of the reference server: a transparent proxy in front of this base URL (a deployment''s, ending in /api/v1), recording to --record')
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'The cassette the proxy writes every exchange to (JSON Lines; keys, tokens and secrets redacted). An existing file is refused without --force')
            [CompletionResult]::new('--replay', '--replay', [CompletionResultType]::ParameterName, 'Instead of the reference server: answer from a cassette recorded with --record. Unmatched requests get 404 with X-Voxai-Replay: miss, listed when it stops')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('--no-rate-limit', '--no-rate-limit', [CompletionResultType]::ParameterName, 'Send rate-limit headers but never refuse a request with 429')
            [CompletionResult]::new('--allow-remote', '--allow-remote', [CompletionResultType]::ParameterName, 'Listen on an address other machines can reach (--addr 0.0.0.0:PORT): without it only loopback addresses are taken, as the control plane (/_mock/) needs no key')
            [CompletionResult]::new('--record-bodies', '--record-bodies', [CompletionResultType]::ParameterName, 'Keep binary bodies (recording downloads, uploads) in the cassette, base64; without it they are recorded as length, content type and SHA-256')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing --record cassette')
            [CompletionResult]::new('--fast', '--fast', [CompletionResultType]::ParameterName, 'With --replay: send monitor frames at once, not at their recorded spacing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('openapi', 'openapi', [CompletionResultType]::ParameterValue, 'Print the OpenAPI 3.1 document of the API (what GET /_mock/openapi.json serves)')
            [CompletionResult]::new('monitor-schema', 'monitor-schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of the monitor WebSocket''s frames')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;mock;openapi' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;mock;monitor-schema' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;mock;help' {
            [CompletionResult]::new('openapi', 'openapi', [CompletionResultType]::ParameterValue, 'Print the OpenAPI 3.1 document of the API (what GET /_mock/openapi.json serves)')
            [CompletionResult]::new('monitor-schema', 'monitor-schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of the monitor WebSocket''s frames')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;mock;help;openapi' {
            break
        }
        'voxai;mock;help;monitor-schema' {
            break
        }
        'voxai;mock;help;help' {
            break
        }
        'voxai;audit' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Also report fields the types model (as optional) that never appeared')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;demo' {
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]')
            [CompletionResult]::new('--ws-url', '--ws-url', [CompletionResultType]::ParameterName, 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: VOXAI_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tsv in a pipe]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each request attempt, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of failed requests (rate limits, 5xx, network)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only identifiers, one per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip confirmation of destructive commands')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'voxai;help' {
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in, log out, show the active credentials')
            [CompletionResult]::new('quota', 'quota', [CompletionResultType]::ParameterValue, 'The plan and what is left of each quota')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Costs and usage over a period')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'LiveKit access tokens')
            [CompletionResult]::new('rooms', 'rooms', [CompletionResultType]::ParameterValue, 'Rooms: create, list, inspect, close, kick')
            [CompletionResult]::new('agents', 'agents', [CompletionResultType]::ParameterValue, 'Agent configurations and their tools')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'Sessions and transcripts')
            [CompletionResult]::new('recordings', 'recordings', [CompletionResultType]::ParameterValue, 'Recordings: start, stop, list, download, delete')
            [CompletionResult]::new('sip', 'sip', [CompletionResultType]::ParameterValue, 'Phone calls over SIP')
            [CompletionResult]::new('kb', 'kb', [CompletionResultType]::ParameterValue, 'Knowledge bases for RAG')
            [CompletionResult]::new('webhooks', 'webhooks', [CompletionResultType]::ParameterValue, 'Webhooks: fire a test, verify a signature, run a local receiver')
            [CompletionResult]::new('monitor', 'monitor', [CompletionResultType]::ParameterValue, 'Live room events, one line each, reconnecting on its own')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Call control: data messages, participant updates, muting')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Shell completions for bash, zsh, fish, powershell or elvish')
            [CompletionResult]::new('mock', 'mock', [CompletionResultType]::ParameterValue, 'Run the reference server (the whole API, in memory)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read recorded answers (a cassette of `voxai mock --proxy`) against the SDK''s types')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'A guided tour of every section against an embedded reference server')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'voxai;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store an API key for the profile, after checking it against the API')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the profile''s key')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the profile, base URL, plan and the key (masked)')
            break
        }
        'voxai;help;auth;login' {
            break
        }
        'voxai;help;auth;logout' {
            break
        }
        'voxai;help;auth;status' {
            break
        }
        'voxai;help;quota' {
            break
        }
        'voxai;help;usage' {
            break
        }
        'voxai;help;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'A LiveKit access token to join a room, dispatching agents')
            break
        }
        'voxai;help;token;create' {
            break
        }
        'voxai;help;rooms' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Active rooms')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a room')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A room with its participants (closed rooms too)')
            [CompletionResult]::new('participants', 'participants', [CompletionResultType]::ParameterValue, 'Participants with their state and tracks')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Close a room, disconnecting everyone (asks first)')
            [CompletionResult]::new('kick', 'kick', [CompletionResultType]::ParameterValue, 'Remove a participant (asks first)')
            break
        }
        'voxai;help;rooms;list' {
            break
        }
        'voxai;help;rooms;create' {
            break
        }
        'voxai;help;rooms;get' {
            break
        }
        'voxai;help;rooms;participants' {
            break
        }
        'voxai;help;rooms;delete' {
            break
        }
        'voxai;help;rooms;kick' {
            break
        }
        'voxai;help;agents' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Agent configurations')
            [CompletionResult]::new('tools', 'tools', [CompletionResultType]::ParameterValue, 'The tools of an agent')
            break
        }
        'voxai;help;agents;list' {
            break
        }
        'voxai;help;agents;tools' {
            break
        }
        'voxai;help;sessions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Sessions, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A session with its agent and costs')
            [CompletionResult]::new('transcript', 'transcript', [CompletionResultType]::ParameterValue, 'A session''s transcript')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Start a session log for a room (usually the agent server''s job)')
            [CompletionResult]::new('add-transcript', 'add-transcript', [CompletionResultType]::ParameterValue, 'Add a transcript line to a room''s active session')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a room''s active session')
            break
        }
        'voxai;help;sessions;list' {
            break
        }
        'voxai;help;sessions;get' {
            break
        }
        'voxai;help;sessions;transcript' {
            break
        }
        'voxai;help;sessions;create' {
            break
        }
        'voxai;help;sessions;add-transcript' {
            break
        }
        'voxai;help;sessions;end' {
            break
        }
        'voxai;help;recordings' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start recording a room')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop one recording (--egress-id), or all of the room''s (asks first)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Recordings, newest first')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One recording')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download the audio (through FILE.part, mode 0600; an interrupted download resumes from it)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a recording and its file (asks first)')
            break
        }
        'voxai;help;recordings;start' {
            break
        }
        'voxai;help;recordings;stop' {
            break
        }
        'voxai;help;recordings;list' {
            break
        }
        'voxai;help;recordings;get' {
            break
        }
        'voxai;help;recordings;download' {
            break
        }
        'voxai;help;recordings;delete' {
            break
        }
        'voxai;help;sip' {
            [CompletionResult]::new('dial', 'dial', [CompletionResultType]::ParameterValue, 'Call a phone number with an agent')
            [CompletionResult]::new('trunks', 'trunks', [CompletionResultType]::ParameterValue, 'SIP trunks')
            [CompletionResult]::new('configs', 'configs', [CompletionResultType]::ParameterValue, 'SIP configurations')
            break
        }
        'voxai;help;sip;dial' {
            break
        }
        'voxai;help;sip;trunks' {
            break
        }
        'voxai;help;sip;configs' {
            break
        }
        'voxai;help;kb' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a knowledge base')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Knowledge bases')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One knowledge base')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a knowledge base with every chunk (asks first)')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload documents (.txt .md .csv .json, 10 MB each)')
            [CompletionResult]::new('ingest', 'ingest', [CompletionResultType]::ParameterValue, 'Ingest raw text from --content, --file, or stdin')
            [CompletionResult]::new('reindex', 'reindex', [CompletionResultType]::ParameterValue, 'Re-embed every chunk')
            [CompletionResult]::new('chunks', 'chunks', [CompletionResultType]::ParameterValue, 'Chunks (content cut to 200 characters)')
            [CompletionResult]::new('chunk-update', 'chunk-update', [CompletionResultType]::ParameterValue, 'Replace a chunk''s text')
            [CompletionResult]::new('chunk-delete', 'chunk-delete', [CompletionResultType]::ParameterValue, 'Delete a chunk (asks first)')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Semantic search, best first')
            break
        }
        'voxai;help;kb;create' {
            break
        }
        'voxai;help;kb;list' {
            break
        }
        'voxai;help;kb;get' {
            break
        }
        'voxai;help;kb;delete' {
            break
        }
        'voxai;help;kb;upload' {
            break
        }
        'voxai;help;kb;ingest' {
            break
        }
        'voxai;help;kb;reindex' {
            break
        }
        'voxai;help;kb;chunks' {
            break
        }
        'voxai;help;kb;chunk-update' {
            break
        }
        'voxai;help;kb;chunk-delete' {
            break
        }
        'voxai;help;kb;search' {
            break
        }
        'voxai;help;webhooks' {
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test event to the project''s webhook endpoints')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a webhook body against its signature: exit 0 when valid, 1 when not')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'A local receiver: verifies, prints each event, optionally forwards it')
            break
        }
        'voxai;help;webhooks;test' {
            break
        }
        'voxai;help;webhooks;verify' {
            break
        }
        'voxai;help;webhooks;listen' {
            break
        }
        'voxai;help;monitor' {
            break
        }
        'voxai;help;call' {
            [CompletionResult]::new('send-data', 'send-data', [CompletionResultType]::ParameterValue, 'Send data to everyone in a room, or whisper to some (--to)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a participant''s name, metadata or permissions')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute (or --unmute) a participant''s audio')
            break
        }
        'voxai;help;call;send-data' {
            break
        }
        'voxai;help;call;update' {
            break
        }
        'voxai;help;call;mute' {
            break
        }
        'voxai;help;completions' {
            break
        }
        'voxai;help;mock' {
            [CompletionResult]::new('openapi', 'openapi', [CompletionResultType]::ParameterValue, 'Print the OpenAPI 3.1 document of the API (what GET /_mock/openapi.json serves)')
            [CompletionResult]::new('monitor-schema', 'monitor-schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of the monitor WebSocket''s frames')
            break
        }
        'voxai;help;mock;openapi' {
            break
        }
        'voxai;help;mock;monitor-schema' {
            break
        }
        'voxai;help;audit' {
            break
        }
        'voxai;help;demo' {
            break
        }
        'voxai;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
