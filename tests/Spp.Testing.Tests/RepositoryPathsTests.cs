namespace Spp.Testing.Tests;

public sealed class RepositoryPathsTests
{
    [Fact]
    public void Root_is_the_folder_holding_the_solution() =>
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "SppPlatform.sln")));

    [Fact]
    public void Built_assembly_is_found_in_the_configuration_of_the_running_tests()
    {
        var assembly = RepositoryPaths.BuiltAssembly("Spp.Testing");

        Assert.Equal(Path.Combine(RepositoryPaths.Root, "tests", "Spp.Testing"), Directory.GetParent(assembly)!.Parent!.Parent!.Parent!.FullName);
        Assert.Equal(new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, Directory.GetParent(assembly)!.Parent!.Name);
    }

    [Fact]
    public void Missing_build_output_names_the_project() =>
        Assert.Contains("Spp.NoSuchProject", Assert.Throws<FileNotFoundException>(() => RepositoryPaths.BuiltAssembly("Spp.NoSuchProject")).Message, StringComparison.Ordinal);
}
