using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Appraisal.Tests.Postgres;

/// <summary>
/// A throwaway PostgreSQL server for the tests of one test process: a new cluster in a temp folder on a free
/// loopback port, started on first use and stopped (and deleted) when the process exits. Every test gets a database
/// of its own from <see cref="CreateDatabaseAsync"/>. When no server can be started, every caller gets the reason as
/// an exception, so the PostgreSQL tests fail instead of quietly not running.
/// </summary>
public sealed class PostgresServer
{
    private const string SuperUser = "postgres";

    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);

    private readonly string _folder;
    private readonly string _binaries;

    private PostgresServer(string folder, string binaries, int port)
    {
        _folder = folder;
        _binaries = binaries;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The process's server, started on the first call.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>Creates an empty database <c>t_&lt;random&gt;</c> and returns a connection string for it.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    /// <summary>A connection string to <paramref name="database"/> on this server, as the superuser.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = SuperUser,
            Database = database,
            Timeout = 30,
            CommandTimeout = 120,
        }.ToString();

    private const string FolderPrefix = "appraisal-pg-";

    private static async Task<PostgresServer> StartAsync()
    {
        var binaries = FindBinaries() ?? await InstallAsync();
        DeleteAbandonedFolders();
        var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)));
        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(data);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // initdb and the server refuse to run as root; the Debian package made the postgres user for them.
            await RunAsync("chown", ["-R", SuperUser, folder]);
        }

        var port = FreePort();
        var server = new PostgresServer(folder, binaries, port);
        try
        {
            await server.RunToolAsync("initdb", ["-D", data, "-A", "trust", "-U", SuperUser, "-E", "UTF8", "--locale=C"]);
            await server.RunToolAsync("pg_ctl", [
                "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
                "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=300",
                "start"]);
        }
        catch (Exception exception)
        {
            var log = Path.Combine(folder, "server.log");
            var tail = File.Exists(log) ? File.ReadAllText(log) : "(no server log)";
            TryDelete(folder);
            throw new InvalidOperationException($"Could not start a PostgreSQL test server from {binaries}: {exception.Message}\n{tail}", exception);
        }

        await server.WatchForExitAsync();
        return server;
    }

    /// <summary>
    /// The test runner may end a test process before its exit handler has deleted the cluster, leaving a stopped one
    /// behind. Folders of earlier runs whose server is not running (no <c>postmaster.pid</c>) go here; an hour of age
    /// keeps this away from a cluster another test process is still creating.
    /// </summary>
    private static void DeleteAbandonedFolders()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            if (!File.Exists(Path.Combine(folder, "data", "postmaster.pid"))
                && Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddHours(-1))
            {
                TryDelete(folder);
            }
        }
    }

    /// <summary>The newest <c>/usr/lib/postgresql/&lt;version&gt;/bin</c> that has initdb, or null.</summary>
    private static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(folder => (Folder: folder, Version: decimal.TryParse(Path.GetFileName(folder), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : -1))
            .Where(entry => entry.Version >= 0 && File.Exists(Path.Combine(entry.Folder, "bin", "initdb")))
            .OrderByDescending(entry => entry.Version)
            .Select(entry => Path.Combine(entry.Folder, "bin"))
            .FirstOrDefault();
    }

    /// <summary>Installs Debian's <c>postgresql</c> package when the tests run as root (as CI does).</summary>
    private static async Task<string> InstallAsync()
    {
        if (Environment.UserName != "root")
        {
            throw new InvalidOperationException(
                "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb) and the tests do not run as root, so they " +
                "cannot install it: run `apt-get install postgresql` first.");
        }

        await RunAsync("apt-get", ["update"]);
        await RunAsync("apt-get", ["install", "-y", "--no-install-recommends", "postgresql"], ("DEBIAN_FRONTEND", "noninteractive"));
        return FindBinaries() ?? throw new InvalidOperationException("apt-get installed postgresql, yet no /usr/lib/postgresql/*/bin/initdb exists.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunToolAsync(string tool, string[] arguments)
    {
        var path = Path.Combine(_binaries, tool);
        return Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", SuperUser, "--", path, .. arguments])
            : RunAsync(path, arguments);
    }

    /// <summary>
    /// Leaves a watcher behind that stops the server and deletes its folder once this process has ended. An exit
    /// handler would not do: the test runner kills its test process a moment after the tests end, before a server
    /// has shut down, let alone been deleted. The watcher runs in a session of its own, so a kill of this process's
    /// tree leaves it alone.
    /// </summary>
    private Task WatchForExitAsync()
    {
        var pgCtl = Path.Combine(_binaries, "pg_ctl");
        var stop = Environment.UserName == "root" ? $"runuser -u {SuperUser} -- {pgCtl}" : pgCtl;
        var watcher =
            $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; " +
            $"{stop} -D {Path.Combine(_folder, "data")} -m immediate stop; rm -rf {_folder}";
        return RunAsync("sh", ["-c", $"setsid sh -c '{watcher}' >/dev/null 2>&1 </dev/null &"]);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Best effort: the OS cleans the temp folder eventually.
        }
    }

    private static async Task RunAsync(string file, string[] arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
