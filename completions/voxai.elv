
use builtin;
use str;

set edit:completion:arg-completer[voxai] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'voxai'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'voxai'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand auth 'Log in, log out, show the active credentials'
            cand quota 'The plan and what is left of each quota'
            cand usage 'Costs and usage over a period'
            cand token 'LiveKit access tokens'
            cand rooms 'Rooms: create, list, inspect, close, kick'
            cand agents 'Agent configurations and their tools'
            cand sessions 'Sessions and transcripts'
            cand recordings 'Recordings: start, stop, list, download, delete'
            cand sip 'Phone calls over SIP'
            cand kb 'Knowledge bases for RAG'
            cand webhooks 'Webhooks: fire a test, verify a signature, run a local receiver'
            cand monitor 'Live room events, one line each, reconnecting on its own'
            cand call 'Call control: data messages, participant updates, muting'
            cand completions 'Shell completions for bash, zsh, fish, powershell or elvish'
            cand mock 'Run the reference server (the whole API, in memory)'
            cand audit 'Read recorded answers (a cassette of `voxai mock --proxy`) against the SDK''s types'
            cand demo 'A guided tour of every section against an embedded reference server'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;auth'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Store an API key for the profile, after checking it against the API'
            cand logout 'Forget the profile''s key'
            cand status 'Show the profile, base URL, plan and the key (masked)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;auth;login'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand --with-key 'Read the key from stdin instead of prompting (for scripts)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;auth;logout'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;auth;status'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;auth;help'= {
            cand login 'Store an API key for the profile, after checking it against the API'
            cand logout 'Forget the profile''s key'
            cand status 'Show the profile, base URL, plan and the key (masked)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;auth;help;login'= {
        }
        &'voxai;auth;help;logout'= {
        }
        &'voxai;auth;help;status'= {
        }
        &'voxai;auth;help;help'= {
        }
        &'voxai;quota'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;usage'= {
            cand --period 'The period to sum'
            cand --group-by 'How to break it down'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;token'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'A LiveKit access token to join a room, dispatching agents'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;token;create'= {
            cand --identity 'Participant identity'
            cand --room 'Room name, without the project prefix'
            cand --agent 'Agent to dispatch (repeatable); the project''s default agent when none'
            cand --grant 'Extra LiveKit grant, e.g. canPublish=false (repeatable)'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand --no-agent 'Dispatch no agent'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;token;help'= {
            cand create 'A LiveKit access token to join a room, dispatching agents'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;token;help;create'= {
        }
        &'voxai;token;help;help'= {
        }
        &'voxai;rooms'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Active rooms'
            cand create 'Create a room'
            cand get 'A room with its participants (closed rooms too)'
            cand participants 'Participants with their state and tracks'
            cand delete 'Close a room, disconnecting everyone (asks first)'
            cand kick 'Remove a participant (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;rooms;list'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;rooms;create'= {
            cand --empty-timeout 'Seconds an empty room stays open'
            cand --max-participants 'Maximum participants (0 = unlimited)'
            cand --metadata 'Room metadata'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;rooms;get'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;rooms;participants'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;rooms;delete'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;rooms;kick'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;rooms;help'= {
            cand list 'Active rooms'
            cand create 'Create a room'
            cand get 'A room with its participants (closed rooms too)'
            cand participants 'Participants with their state and tracks'
            cand delete 'Close a room, disconnecting everyone (asks first)'
            cand kick 'Remove a participant (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;rooms;help;list'= {
        }
        &'voxai;rooms;help;create'= {
        }
        &'voxai;rooms;help;get'= {
        }
        &'voxai;rooms;help;participants'= {
        }
        &'voxai;rooms;help;delete'= {
        }
        &'voxai;rooms;help;kick'= {
        }
        &'voxai;rooms;help;help'= {
        }
        &'voxai;agents'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Agent configurations'
            cand tools 'The tools of an agent'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;agents;list'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;agents;tools'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;agents;help'= {
            cand list 'Agent configurations'
            cand tools 'The tools of an agent'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;agents;help;list'= {
        }
        &'voxai;agents;help;tools'= {
        }
        &'voxai;agents;help;help'= {
        }
        &'voxai;sessions'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Sessions, newest first'
            cand get 'A session with its agent and costs'
            cand transcript 'A session''s transcript'
            cand create 'Start a session log for a room (usually the agent server''s job)'
            cand add-transcript 'Add a transcript line to a room''s active session'
            cand end 'End a room''s active session'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;sessions;list'= {
            cand --status 'Only active or completed sessions'
            cand --agent 'Only sessions of this agent'
            cand --type 'Only voice or SIP sessions'
            cand --from 'From this date (ISO 8601)'
            cand --to 'Up to this date (ISO 8601)'
            cand --page 'Page number'
            cand --per-page 'Results per page [default: the server''s; with --all, 100 unless the server refuses it]'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand --all 'Every page, streamed (the next page is fetched while one is printed)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;sessions;get'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;sessions;transcript'= {
            cand --format '`text` (`[mm:ss] Speaker: content`) or `json` (`-o json` implies json)'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;sessions;create'= {
            cand --agent 'Agent handling it'
            cand --caller 'Identity of the caller'
            cand --type 'Session type'
            cand --metadata 'Metadata, a JSON object'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;sessions;add-transcript'= {
            cand --speaker 'Who said it'
            cand --content 'What was said'
            cand --at-ms 'Milliseconds from session start'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand --partial 'Mark the line as partial (not final)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;sessions;end'= {
            cand --summary 'Summary'
            cand --duration 'Duration in seconds, instead of the computed one'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;sessions;help'= {
            cand list 'Sessions, newest first'
            cand get 'A session with its agent and costs'
            cand transcript 'A session''s transcript'
            cand create 'Start a session log for a room (usually the agent server''s job)'
            cand add-transcript 'Add a transcript line to a room''s active session'
            cand end 'End a room''s active session'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;sessions;help;list'= {
        }
        &'voxai;sessions;help;get'= {
        }
        &'voxai;sessions;help;transcript'= {
        }
        &'voxai;sessions;help;create'= {
        }
        &'voxai;sessions;help;add-transcript'= {
        }
        &'voxai;sessions;help;end'= {
        }
        &'voxai;sessions;help;help'= {
        }
        &'voxai;recordings'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand start 'Start recording a room'
            cand stop 'Stop one recording (--egress-id), or all of the room''s (asks first)'
            cand list 'Recordings, newest first'
            cand get 'One recording'
            cand download 'Download the audio (through FILE.part, mode 0600; an interrupted download resumes from it)'
            cand delete 'Delete a recording and its file (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;recordings;start'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;recordings;stop'= {
            cand --egress-id 'The egress to stop'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;recordings;list'= {
            cand --room 'Only this room''s'
            cand --status 'Only in this state'
            cand --page 'Page number'
            cand --per-page 'Results per page [default: the server''s; with --all, 100 unless the server refuses it]'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand --all 'Every page, streamed (the next page is fetched while one is printed)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;recordings;get'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;recordings;download'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;recordings;delete'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;recordings;help'= {
            cand start 'Start recording a room'
            cand stop 'Stop one recording (--egress-id), or all of the room''s (asks first)'
            cand list 'Recordings, newest first'
            cand get 'One recording'
            cand download 'Download the audio (through FILE.part, mode 0600; an interrupted download resumes from it)'
            cand delete 'Delete a recording and its file (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;recordings;help;start'= {
        }
        &'voxai;recordings;help;stop'= {
        }
        &'voxai;recordings;help;list'= {
        }
        &'voxai;recordings;help;get'= {
        }
        &'voxai;recordings;help;download'= {
        }
        &'voxai;recordings;help;delete'= {
        }
        &'voxai;recordings;help;help'= {
        }
        &'voxai;sip'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand dial 'Call a phone number with an agent'
            cand trunks 'SIP trunks'
            cand configs 'SIP configurations'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;sip;dial'= {
            cand --agent 'Agent to dispatch'
            cand --room 'Room name suffix'
            cand --caller-id 'Caller id to show, E.164'
            cand --metadata 'Call metadata, a JSON object'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;sip;trunks'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;sip;configs'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;sip;help'= {
            cand dial 'Call a phone number with an agent'
            cand trunks 'SIP trunks'
            cand configs 'SIP configurations'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;sip;help;dial'= {
        }
        &'voxai;sip;help;trunks'= {
        }
        &'voxai;sip;help;configs'= {
        }
        &'voxai;sip;help;help'= {
        }
        &'voxai;kb'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a knowledge base'
            cand list 'Knowledge bases'
            cand get 'One knowledge base'
            cand delete 'Delete a knowledge base with every chunk (asks first)'
            cand upload 'Upload documents (.txt .md .csv .json, 10 MB each)'
            cand ingest 'Ingest raw text from --content, --file, or stdin'
            cand reindex 'Re-embed every chunk'
            cand chunks 'Chunks (content cut to 200 characters)'
            cand chunk-update 'Replace a chunk''s text'
            cand chunk-delete 'Delete a chunk (asks first)'
            cand search 'Semantic search, best first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;kb;create'= {
            cand --description 'Description'
            cand --chunk-size 'Characters per chunk'
            cand --chunk-overlap 'Characters shared by neighbouring chunks'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;kb;list'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;kb;get'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;kb;delete'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;kb;upload'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;kb;ingest'= {
            cand --content 'The text'
            cand --file 'A file to read the text from (- for stdin)'
            cand --source 'Source label'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;kb;reindex'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;kb;chunks'= {
            cand --active 'Only active (true) or inactive (false) chunks'
            cand --page 'Page number'
            cand --per-page 'Results per page [default: the server''s; with --all, 100 unless the server refuses it]'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand --all 'Every page, streamed (the next page is fetched while one is printed)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;kb;chunk-update'= {
            cand --content 'New text'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;kb;chunk-delete'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;kb;search'= {
            cand --top-k 'How many results'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;kb;help'= {
            cand create 'Create a knowledge base'
            cand list 'Knowledge bases'
            cand get 'One knowledge base'
            cand delete 'Delete a knowledge base with every chunk (asks first)'
            cand upload 'Upload documents (.txt .md .csv .json, 10 MB each)'
            cand ingest 'Ingest raw text from --content, --file, or stdin'
            cand reindex 'Re-embed every chunk'
            cand chunks 'Chunks (content cut to 200 characters)'
            cand chunk-update 'Replace a chunk''s text'
            cand chunk-delete 'Delete a chunk (asks first)'
            cand search 'Semantic search, best first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;kb;help;create'= {
        }
        &'voxai;kb;help;list'= {
        }
        &'voxai;kb;help;get'= {
        }
        &'voxai;kb;help;delete'= {
        }
        &'voxai;kb;help;upload'= {
        }
        &'voxai;kb;help;ingest'= {
        }
        &'voxai;kb;help;reindex'= {
        }
        &'voxai;kb;help;chunks'= {
        }
        &'voxai;kb;help;chunk-update'= {
        }
        &'voxai;kb;help;chunk-delete'= {
        }
        &'voxai;kb;help;search'= {
        }
        &'voxai;kb;help;help'= {
        }
        &'voxai;webhooks'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand test 'Send a test event to the project''s webhook endpoints'
            cand verify 'Check a webhook body against its signature: exit 0 when valid, 1 when not'
            cand listen 'A local receiver: verifies, prints each event, optionally forwards it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;webhooks;test'= {
            cand --event-type 'Event type to simulate (default test)'
            cand --payload 'Payload, JSON'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;webhooks;verify'= {
            cand --secret 'The endpoint''s signing secret (not empty); prefer VOXAI_WEBHOOK_SECRET, as other users see flags in `ps`'
            cand --signature 'The X-Webhook-Signature value (hex)'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;webhooks;listen'= {
            cand --port 'Port on 127.0.0.1 (0 picks a free one; the address is printed on stderr)'
            cand --secret 'The signing secret (not empty); prefer VOXAI_WEBHOOK_SECRET, as other users see flags in `ps`'
            cand --tolerance 'Refuse deliveries whose timestamp is older (or newer) than this, and answer a repeated delivery (the same signed body) within it 200 without acting on it again'
            cand --forward-to 'Also POST each verified event, with its headers, to this URL. When the target fails or does not answer in time, the sender is answered 502 and retries'
            cand --forward-timeout 'How long a forward may take (keep it below the sender''s timeout, 10 s for the reference server)'
            cand --count 'Exit after this many verified events (0: exit once listening)'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;webhooks;help'= {
            cand test 'Send a test event to the project''s webhook endpoints'
            cand verify 'Check a webhook body against its signature: exit 0 when valid, 1 when not'
            cand listen 'A local receiver: verifies, prints each event, optionally forwards it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;webhooks;help;test'= {
        }
        &'voxai;webhooks;help;verify'= {
        }
        &'voxai;webhooks;help;listen'= {
        }
        &'voxai;webhooks;help;help'= {
        }
        &'voxai;monitor'= {
            cand --room 'Only these rooms (repeatable), with or without the project prefix (a name that starts with the prefix is read as the full name); every room when none'
            cand --event 'Only these event types (repeatable), e.g. transcript.new'
            cand --count 'Exit 0 after this many events'
            cand --timeout 'Stop after this many seconds (an error if --count was not reached)'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;call'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand send-data 'Send data to everyone in a room, or whisper to some (--to)'
            cand update 'Change a participant''s name, metadata or permissions'
            cand mute 'Mute (or --unmute) a participant''s audio'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;call;send-data'= {
            cand --to 'Only these participants (repeatable)'
            cand --topic 'Message topic'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;call;update'= {
            cand --name 'Display name'
            cand --metadata 'Metadata'
            cand --can-publish 'Whether they may publish'
            cand --can-subscribe 'Whether they may subscribe'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;call;mute'= {
            cand --track 'A track other than the first audio track'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand --unmute 'Unmute instead'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;call;help'= {
            cand send-data 'Send data to everyone in a room, or whisper to some (--to)'
            cand update 'Change a participant''s name, metadata or permissions'
            cand mute 'Mute (or --unmute) a participant''s audio'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;call;help;send-data'= {
        }
        &'voxai;call;help;update'= {
        }
        &'voxai;call;help;mute'= {
        }
        &'voxai;call;help;help'= {
        }
        &'voxai;completions'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;mock'= {
            cand --addr 'Address to listen on; port 0 picks a free one'
            cand --fixtures 'Projects, keys and configuration instead of the built-in ones'
            cand --webhook-url 'A webhook endpoint for the first project''s events (repeatable)'
            cand --webhook-secret 'Signing secret of the --webhook-url endpoints (other users see flags in `ps`: prefer the variable)'
            cand --livekit-url 'LiveKit URL returned as wsUrl'
            cand --livekit-api-key 'LiveKit API key that signs tokens (their iss)'
            cand --livekit-api-secret 'LiveKit API secret that signs tokens (HS256); other users see flags in `ps`: prefer the variable'
            cand --responses 'full: the documented bodies and extensions; minimal: only what the API reference shows (undocumented bodies are {"success": true}, no monitor confirmations), to prove a client needs no more'
            cand --monitor-sockets-per-project 'Monitor sockets one project may hold open at once (more get 429); raise it for load tests of the monitor'
            cand --control-token 'Require `Authorization: Bearer TOKEN` on the control plane (/_mock/); set it whenever other machines can reach the server'
            cand --proxy 'Instead of the reference server: a transparent proxy in front of this base URL (a deployment''s, ending in /api/v1), recording to --record'
            cand --record 'The cassette the proxy writes every exchange to (JSON Lines; keys, tokens and secrets redacted). An existing file is refused without --force'
            cand --replay 'Instead of the reference server: answer from a cassette recorded with --record. Unmatched requests get 404 with X-Voxai-Replay: miss, listed when it stops'
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand --no-rate-limit 'Send rate-limit headers but never refuse a request with 429'
            cand --allow-remote 'Listen on an address other machines can reach (--addr 0.0.0.0:PORT): without it only loopback addresses are taken, as the control plane (/_mock/) needs no key'
            cand --record-bodies 'Keep binary bodies (recording downloads, uploads) in the cassette, base64; without it they are recorded as length, content type and SHA-256'
            cand --force 'Overwrite an existing --record cassette'
            cand --fast 'With --replay: send monitor frames at once, not at their recorded spacing'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand openapi 'Print the OpenAPI 3.1 document of the API (what GET /_mock/openapi.json serves)'
            cand monitor-schema 'Print the JSON Schema of the monitor WebSocket''s frames'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;mock;openapi'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;mock;monitor-schema'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;mock;help'= {
            cand openapi 'Print the OpenAPI 3.1 document of the API (what GET /_mock/openapi.json serves)'
            cand monitor-schema 'Print the JSON Schema of the monitor WebSocket''s frames'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;mock;help;openapi'= {
        }
        &'voxai;mock;help;monitor-schema'= {
        }
        &'voxai;mock;help;help'= {
        }
        &'voxai;audit'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand --strict 'Also report fields the types model (as optional) that never appeared'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;demo'= {
            cand --api-key 'API key (beats the profile''s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once'
            cand --base-url 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]'
            cand --ws-url 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]'
            cand --profile 'Profile to use [env: VOXAI_PROFILE]'
            cand -o 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --output 'Output format [default: table on a terminal, tsv in a pipe]'
            cand --timeout 'Timeout of each request attempt, in seconds'
            cand --max-retries 'Retries of failed requests (rate limits, 5xx, network)'
            cand -q 'Print only identifiers, one per line'
            cand --quiet 'Print only identifiers, one per line'
            cand -y 'Skip confirmation of destructive commands'
            cand --yes 'Skip confirmation of destructive commands'
            cand -v 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand --verbose 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'voxai;help'= {
            cand auth 'Log in, log out, show the active credentials'
            cand quota 'The plan and what is left of each quota'
            cand usage 'Costs and usage over a period'
            cand token 'LiveKit access tokens'
            cand rooms 'Rooms: create, list, inspect, close, kick'
            cand agents 'Agent configurations and their tools'
            cand sessions 'Sessions and transcripts'
            cand recordings 'Recordings: start, stop, list, download, delete'
            cand sip 'Phone calls over SIP'
            cand kb 'Knowledge bases for RAG'
            cand webhooks 'Webhooks: fire a test, verify a signature, run a local receiver'
            cand monitor 'Live room events, one line each, reconnecting on its own'
            cand call 'Call control: data messages, participant updates, muting'
            cand completions 'Shell completions for bash, zsh, fish, powershell or elvish'
            cand mock 'Run the reference server (the whole API, in memory)'
            cand audit 'Read recorded answers (a cassette of `voxai mock --proxy`) against the SDK''s types'
            cand demo 'A guided tour of every section against an embedded reference server'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'voxai;help;auth'= {
            cand login 'Store an API key for the profile, after checking it against the API'
            cand logout 'Forget the profile''s key'
            cand status 'Show the profile, base URL, plan and the key (masked)'
        }
        &'voxai;help;auth;login'= {
        }
        &'voxai;help;auth;logout'= {
        }
        &'voxai;help;auth;status'= {
        }
        &'voxai;help;quota'= {
        }
        &'voxai;help;usage'= {
        }
        &'voxai;help;token'= {
            cand create 'A LiveKit access token to join a room, dispatching agents'
        }
        &'voxai;help;token;create'= {
        }
        &'voxai;help;rooms'= {
            cand list 'Active rooms'
            cand create 'Create a room'
            cand get 'A room with its participants (closed rooms too)'
            cand participants 'Participants with their state and tracks'
            cand delete 'Close a room, disconnecting everyone (asks first)'
            cand kick 'Remove a participant (asks first)'
        }
        &'voxai;help;rooms;list'= {
        }
        &'voxai;help;rooms;create'= {
        }
        &'voxai;help;rooms;get'= {
        }
        &'voxai;help;rooms;participants'= {
        }
        &'voxai;help;rooms;delete'= {
        }
        &'voxai;help;rooms;kick'= {
        }
        &'voxai;help;agents'= {
            cand list 'Agent configurations'
            cand tools 'The tools of an agent'
        }
        &'voxai;help;agents;list'= {
        }
        &'voxai;help;agents;tools'= {
        }
        &'voxai;help;sessions'= {
            cand list 'Sessions, newest first'
            cand get 'A session with its agent and costs'
            cand transcript 'A session''s transcript'
            cand create 'Start a session log for a room (usually the agent server''s job)'
            cand add-transcript 'Add a transcript line to a room''s active session'
            cand end 'End a room''s active session'
        }
        &'voxai;help;sessions;list'= {
        }
        &'voxai;help;sessions;get'= {
        }
        &'voxai;help;sessions;transcript'= {
        }
        &'voxai;help;sessions;create'= {
        }
        &'voxai;help;sessions;add-transcript'= {
        }
        &'voxai;help;sessions;end'= {
        }
        &'voxai;help;recordings'= {
            cand start 'Start recording a room'
            cand stop 'Stop one recording (--egress-id), or all of the room''s (asks first)'
            cand list 'Recordings, newest first'
            cand get 'One recording'
            cand download 'Download the audio (through FILE.part, mode 0600; an interrupted download resumes from it)'
            cand delete 'Delete a recording and its file (asks first)'
        }
        &'voxai;help;recordings;start'= {
        }
        &'voxai;help;recordings;stop'= {
        }
        &'voxai;help;recordings;list'= {
        }
        &'voxai;help;recordings;get'= {
        }
        &'voxai;help;recordings;download'= {
        }
        &'voxai;help;recordings;delete'= {
        }
        &'voxai;help;sip'= {
            cand dial 'Call a phone number with an agent'
            cand trunks 'SIP trunks'
            cand configs 'SIP configurations'
        }
        &'voxai;help;sip;dial'= {
        }
        &'voxai;help;sip;trunks'= {
        }
        &'voxai;help;sip;configs'= {
        }
        &'voxai;help;kb'= {
            cand create 'Create a knowledge base'
            cand list 'Knowledge bases'
            cand get 'One knowledge base'
            cand delete 'Delete a knowledge base with every chunk (asks first)'
            cand upload 'Upload documents (.txt .md .csv .json, 10 MB each)'
            cand ingest 'Ingest raw text from --content, --file, or stdin'
            cand reindex 'Re-embed every chunk'
            cand chunks 'Chunks (content cut to 200 characters)'
            cand chunk-update 'Replace a chunk''s text'
            cand chunk-delete 'Delete a chunk (asks first)'
            cand search 'Semantic search, best first'
        }
        &'voxai;help;kb;create'= {
        }
        &'voxai;help;kb;list'= {
        }
        &'voxai;help;kb;get'= {
        }
        &'voxai;help;kb;delete'= {
        }
        &'voxai;help;kb;upload'= {
        }
        &'voxai;help;kb;ingest'= {
        }
        &'voxai;help;kb;reindex'= {
        }
        &'voxai;help;kb;chunks'= {
        }
        &'voxai;help;kb;chunk-update'= {
        }
        &'voxai;help;kb;chunk-delete'= {
        }
        &'voxai;help;kb;search'= {
        }
        &'voxai;help;webhooks'= {
            cand test 'Send a test event to the project''s webhook endpoints'
            cand verify 'Check a webhook body against its signature: exit 0 when valid, 1 when not'
            cand listen 'A local receiver: verifies, prints each event, optionally forwards it'
        }
        &'voxai;help;webhooks;test'= {
        }
        &'voxai;help;webhooks;verify'= {
        }
        &'voxai;help;webhooks;listen'= {
        }
        &'voxai;help;monitor'= {
        }
        &'voxai;help;call'= {
            cand send-data 'Send data to everyone in a room, or whisper to some (--to)'
            cand update 'Change a participant''s name, metadata or permissions'
            cand mute 'Mute (or --unmute) a participant''s audio'
        }
        &'voxai;help;call;send-data'= {
        }
        &'voxai;help;call;update'= {
        }
        &'voxai;help;call;mute'= {
        }
        &'voxai;help;completions'= {
        }
        &'voxai;help;mock'= {
            cand openapi 'Print the OpenAPI 3.1 document of the API (what GET /_mock/openapi.json serves)'
            cand monitor-schema 'Print the JSON Schema of the monitor WebSocket''s frames'
        }
        &'voxai;help;mock;openapi'= {
        }
        &'voxai;help;mock;monitor-schema'= {
        }
        &'voxai;help;audit'= {
        }
        &'voxai;help;demo'= {
        }
        &'voxai;help;help'= {
        }
    ]
    $completions[$command]
}
