namespace Spp.Testing;

/// <summary>Finds the repository and the build output of its projects from a running test.</summary>
public static class RepositoryPaths
{
    private const string SolutionFile = "SppPlatform.sln";

    /// <summary>The repository root (the folder holding SppPlatform.sln above the test's output folder).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The built assembly of a project in the same configuration and target framework as the
    /// running tests, e.g. <c>BuiltAssembly("Spp.AllInOne")</c> →
    /// <c>services/all-in-one/Spp.AllInOne/bin/Release/net10.0/Spp.AllInOne.dll</c>.
    /// </summary>
    /// <param name="projectName">Project (and assembly) name.</param>
    public static string BuiltAssembly(string projectName)
    {
        // AppContext.BaseDirectory is {project}/bin/{configuration}/{tfm}/
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent?.Name ?? "Release";
        var matches = Directory
            .EnumerateDirectories(Root, projectName, new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 4 })
            .Select(project => Path.Combine(project, "bin", configuration, framework, projectName + ".dll"))
            .Where(File.Exists)
            .ToList();
        return matches switch
        {
            [var single] => single,
            [] => throw new FileNotFoundException(
                $"{projectName}.dll ({configuration}, {framework}) is not built; build the solution first (tests/run does)."),
            _ => throw new InvalidOperationException($"{projectName} is built in several places: {string.Join(", ", matches)}"),
        };
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"{SolutionFile} not found above {AppContext.BaseDirectory}.");
    }
}
