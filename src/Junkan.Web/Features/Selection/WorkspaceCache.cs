using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Junkan.Application;
using Junkan.Web.Store;

namespace Junkan.Web.Features.Selection;

/// <summary>
/// Workspaces for user selection settings: the choices are written as a selection-settings file beside the store
/// (<c>STORE.settings/HASH.json</c>) and opened as the CLI's <c>--weights</c> opens one, so the settings reader checks
/// them. At most 16 are kept; the default choice is the main workspace.
/// </summary>
public sealed class WorkspaceCache(Workspace main, SqliteStore store)
{
    private const int Capacity = 16;
    private readonly ConcurrentDictionary<string, Lazy<Workspace>> _open = new();

    public Workspace For(SelectionChoice choice)
    {
        if (choice.IsDefault) return main;
        string json = choice.SettingsJson(main.Recyclability.Settings);
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16];
        if (_open.Count >= Capacity) _open.Clear();
        return _open.GetOrAdd(hash, h => new Lazy<Workspace>(() => Open(h, json))).Value;
    }

    private Workspace Open(string hash, string json)
    {
        string folder = store.File + ".settings";
        Directory.CreateDirectory(folder);
        string file = Path.Combine(folder, hash + ".json");
        File.WriteAllText(file, json, new UTF8Encoding(false));
        return Workspace.Open(DataCatalogue.Locate(main.Catalogue.ReferenceFolder, main.Catalogue.RiskSettingsFile, file));
    }
}
